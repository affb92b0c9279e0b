package gazetteer

import "testing"

// Roads, bays and idioms named after places are not the places: 沭阳's
// report builds 苏州西路、北京南路 (a08), 盱眙's marks 70周年的大庆之年 (p08),
// 宁波's 杭州湾新区 lies on a bay; the places themselves are still read.
func TestRoadsBaysIdiomsNotPlaces(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"实施城区快速路、苏州西路等城区重点道路工程。", ""},
		{"沂河大桥、北京南路、上海南路建成通车。", ""},
		{"深圳大道改造工程完工。", ""},
		{"在苏州东街道", "苏州=320500"},
		{"今年是新中国成立70周年的大庆之年,也是高水平全面建成小康社会的关键之年。", ""},
		{"迎接建党百年大庆。", ""},
		{"在大庆、哈尔滨等地", "大庆=230600 哈尔滨=230100"},
		{"宁波杭州湾新区实现地区生产总值增长8.1%。", "宁波=330200"},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// 伊犁河 and 伊犁河谷 are a river and its valley, not 伊犁州.
func TestIliRiverNotPrefecture(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"地处伊犁河谷盆地中央,南濒伊犁河。", ""},
		{"伊犁州实现地区生产总值增长6.2%。", "伊犁州=654000"},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// 北京时间 is a clock, 上海证券交易所 and 深圳证券交易所 list firms of every
// province: neither is the city's.
func TestClockAndExchangesNotCities(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"北京时间6月30日,公司在上海证券交易所主板上市,募集资金12.6亿元。", ""},
		{"全县在深圳证券交易所上市企业2家。", ""},
		{"上海、深圳两市进出口总额增长5.1%。", "上海=310000 深圳=440300"},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
