package gazetteer

import (
	"strings"
	"testing"
)

// TestLocalShorts: a league's report names its banners by local short forms;
// a named sibling (突泉, 阿尔山) resolves them, and alone they stay ambiguous.
func TestLocalShorts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, name, want string
	}{
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "扎旗", "152223"},
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "前旗", "152221"},
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "中旗", "152222"},
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。", "乌市", "152201"},
		{"扎旗下降62.8%。", "扎旗", "150526,152223"},
	} {
		var got string
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name {
				got = strings.Join(m.Codes, ",")
			}
		}
		if got != c.want {
			t.Errorf("%s in %q: got %q, want %q", c.name, c.text, got, c.want)
		}
	}
}

// A former name is read as the unit that holds it today, marked Former:
// a 2014 bulletin's 户县 is today's 鄠邑区; 召开县委 holds no 开县.
func TestFormerNames(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, code string }{
		{"户县2014年国民经济和社会发展统计公报", "户县", "610118"},
		{"铜仁地区全年完成固定资产投资312.6亿元", "铜仁地区", "520600"},
		{"据静海县统计局初步核算", "静海县", "120118"},
	} {
		ms := g.Find(c.text)
		if len(ms) == 0 || ms[0].Text != c.name || len(ms[0].Codes) != 1 || ms[0].Codes[0] != c.code || !ms[0].Former {
			t.Errorf("%s: got %+v, want %s → %s, former", c.text, ms, c.name, c.code)
		}
	}
	for _, m := range g.Find("县政府召开县委常委会议") {
		if m.Text == "开县" {
			t.Errorf("开县 read inside 召开县委: %+v", m)
		}
	}
}

// 安顺地区生产总值 is 安顺's GDP: the former 安顺地区 is not read there.
func TestFormerNotBeforeGDP(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	ms := g.Find("遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长")
	for _, m := range ms {
		if m.Former {
			t.Errorf("former name read in GDP: %+v", m)
		}
	}
}

// 博州, 克州, 鄂温克旗: autonomous units by their local forms, which the
// rules give (internal/names: initials.tsv, the people's name stripped).
func TestAutonomousLocalShorts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, code string }{
		{"博州全年实现地区生产总值386.2亿元", "博州", "652700"},
		{"克州农村居民人均可支配收入增长8.1%", "克州", "653000"},
		{"鄂温克旗全旗完成固定资产投资21.3亿元", "鄂温克旗", "150724"},
	} {
		ms := g.Resolve(g.Find(c.text))
		if len(ms) == 0 || ms[0].Text != c.name || len(ms[0].Codes) != 1 || ms[0].Codes[0] != c.code {
			t.Errorf("%s: got %+v, want %s → %s", c.text, ms, c.name, c.code)
		}
	}
}

// 到达县城 holds the former 达县 as a word's part: not read.
func TestFormerNotBeforeCity(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range g.Find("游客乘车到达县城后，入住宾馆。") {
		if m.Former {
			t.Errorf("former name read in 到达县城: %+v", m)
		}
	}
}

// 济南市中区 is 济南's 市中区, not 济南市 and a stray 中区.
func TestCityCentreDistricts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, code string }{
		{"济南长清区(9.03%)、济南市中区(9.17%)", "济南市中区", "370103"},
		{"乐山市中区实现地区生产总值", "乐山市中区", "511102"},
	} {
		found := false
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name && len(m.Codes) == 1 && m.Codes[0] == c.code {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s → %s, got %+v", c.text, c.name, c.code, g.Find(c.text))
		}
	}
}
