package gazetteer

import "testing"

// 锡盟 and 阿盟 in a list of 内蒙古's leagues and cities (中广网, 2007):
// 通辽市、鄂尔多斯市、锡盟、赤峰市、巴彦淖尔市和阿盟6个盟市.
func TestLeagueLocalShorts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"锡盟": "152500", "阿盟": "152900"}
	got := map[string]string{}
	for _, m := range g.Resolve(g.Find("从各盟市情况看，前7个月，通辽市、鄂尔多斯市、锡盟、赤峰市、巴彦淖尔市和阿盟6个盟市的工业增加值增速均超过了32%")) {
		if len(m.Codes) == 1 {
			got[m.Text] = m.Codes[0]
		}
	}
	for name, code := range want {
		if got[name] != code {
			t.Errorf("%s: code %q, want %s", name, got[name], code)
		}
	}
}
