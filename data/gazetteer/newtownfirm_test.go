package gazetteer

import "testing"

// A county's short form before 新城 (a new town of that name elsewhere) or
// before the words closing a firm's name (生物, 股份) is not the county; the
// county's own industry (生物医药) still is.
func TestShortBeforeNewTownOrFirm(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, notRead string }{
		{"2012年,金阳新城完成固定资产投资85.3亿元,增长12.1%。", "金阳"},
		{"2012年,金阳新城完成固定资产投资85.3亿元,增长12.1%。", "阳新"},
		{"其中,三江生物实现营业收入12.5亿元,同比增长8.1%。", "三江"},
		{"报告期内,安图生物营业收入增长18.9%。", "安图"},
		{"在江山股份的带动下,化工产值增长。", "江山"},
	} {
		for _, m := range g.Find(c.text) {
			if m.Text == c.notRead {
				t.Errorf("%s read in %q: %+v", c.notRead, c.text, m)
			}
		}
	}
	for _, c := range []struct{ text, name, want string }{
		{"在宿松生物医药产业园,规上企业增加到12家。", "宿松", "340826"},
		{"柳州市融安、三江等县农村居民人均可支配收入增长7.2%。", "三江", "450226"},
	} {
		found := false
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name && len(m.Codes) == 1 && m.Codes[0] == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s not read as %s in %q: %+v", c.name, c.want, c.text, g.Find(c.text))
		}
	}
}

// 阿里巴巴, 阿里云: the firm, not 阿里地区; 阿里 in 西藏's lists is still read.
func TestAliFirmNotPrefecture(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"与阿里巴巴签订战略合作协议,引进投资20亿元。", "县政府与阿里云合作建设数字乡村。"} {
		if ms := g.Find(text); len(ms) != 0 {
			t.Errorf("%q: read %s", text, show(ms))
		}
	}
	text := "西藏日喀则、那曲、阿里三地市接待游客增长30%。"
	if got, want := show(g.Resolve(g.Find(text))), "西藏=540000 日喀则=540200 那曲=540600 阿里=542500"; got != want {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}
