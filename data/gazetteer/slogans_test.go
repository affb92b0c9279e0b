package gazetteer

import "testing"

// Slogans and geography every report writes hold place names that are not
// the places: 金山银山, 青山绿水, 朝阳产业, 太平洋, 天山北坡; the places are
// still read where they are meant.
func TestSloganWordsNotPlaces(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"牢固树立绿水青山就是金山银山的理念,森林覆盖率达到45.2%。",
		"守护好青山绿水,空气质量优良天数比例达到95%。",
		"培育壮大朝阳产业,战略性新兴产业增加值增长12%。",
		"与太平洋保险签订合作协议。",
		"推进天山北坡经济带建设。",
	} {
		if ms := g.Find(text); len(ms) != 0 {
			t.Errorf("%q: read %s", text, show(ms))
		}
	}
	for _, c := range []struct{ text, want string }{
		{"上海市金山区地区生产总值增长5.1%。", "上海市=310000 金山区=310116"},
		{"锦州、朝阳两市粮食产量增长3.2%。", "锦州=210700 朝阳=211300"},
		{"乌鲁木齐市天山区社会消费品零售总额增长8%。", "乌鲁木齐市=650100 天山区=650102"},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// Rivers, ranges and firms named after a place are not the place (嘉陵江,
// 祁连山, 鄱阳湖, 同仁堂, 兴业银行, 白银价格); the places still are.
func TestFeatureAndFirmNamesNotPlaces(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"加强嘉陵江、金沙江、澜沧江流域生态保护。",
		"祁连山、长白山国家公园体制试点推进。",
		"在鄱阳湖区实施退田还湖。",
		"与同仁堂、兴业银行签约。",
		"受国际黄金白银价格上涨带动。",
	} {
		if ms := g.Find(text); len(ms) != 0 {
			t.Errorf("%q: read %s", text, show(ms))
		}
	}
	for _, c := range []struct{ text, want string }{
		{"甘肃白银、定西两市粮食产量增长。", "甘肃=620000 白银=620400 定西=621100"},
		{"上饶市鄱阳县地区生产总值增长6.3%。", "上饶市=361100 鄱阳县=361128"},
		{"南充市嘉陵区工业增加值增长7%。", "南充市=511300 嘉陵区=511304"},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// 宁德时代 (a firm) and 长治久安 (an idiom) in dev reports (a11, b18).
func TestFirmAndIdiomInDevReports(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"投资21.18亿元的宁德时代新型锂盐研发生产基地项目开工。", "牢牢扭住社会稳定和长治久安总目标。"} {
		if ms := g.Find(text); len(ms) != 0 {
			t.Errorf("%q: read %s", text, show(ms))
		}
	}
}
