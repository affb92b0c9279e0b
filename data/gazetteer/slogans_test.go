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
