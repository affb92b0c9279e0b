package corpus

import "testing"

// The simplified view Parse made is handed out again while Raw is the
// text it was made from; a Raw replaced since is converted afresh.
func TestSimplifiedReusesParsedViewOnlyForItsRaw(t *testing.T) {
	raw := []byte("2023年縉雲縣國民經濟和社會發展統計公報\n\n全年全縣地區生產總值512.36億元，比上年增長6.5%。\n")
	a := Parse("jinyun.txt", raw)
	want := "2023年缙云县国民经济和社会发展统计公报\n\n全年全县地区生产总值512.36亿元，比上年增长6.5%。\n"
	for i := 0; i < 2; i++ {
		v := a.Simplified()
		if string(v.Raw) != want {
			t.Fatalf("call %d: simplified %q", i, v.Raw)
		}
		v.Raw[0] = 'X' // a reader's copy: the next view must not see it
	}
	if string(a.Raw) != string(raw) {
		t.Errorf("Raw changed: %q", a.Raw)
	}
	other := []byte("2024年縉雲縣國民經濟和社會發展統計公報\n\n全年全縣地區生產總值612.36億元，比上年增長6.5%。\n")
	a.Raw = other
	if v := a.Simplified(); string(v.Raw) != "2024年缙云县国民经济和社会发展统计公报\n\n全年全县地区生产总值612.36亿元，比上年增长6.5%。\n" {
		t.Errorf("after Raw replaced: %q", v.Raw)
	}
}
