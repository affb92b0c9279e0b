package figure

import "testing"

// Short forms and the place's own whole name one indicator.
func TestCanonicalNameSynonyms(t *testing.T) {
	for _, c := range [][2]string{
		{"规模工业增加值", "规模以上工业增加值"},
		{"第一产业增加值占全市生产总值比重", "第一产业增加值占生产总值比重"},
		{"非公有制经济增加值占全县地区生产总值比重", "非公有制经济增加值占地区生产总值比重"},
		{"拉动全市GDP增长", "拉动GDP"},
		{"股份制企业工业增加值", "股份制企业增加值"},
		{"化工行业产值", "化工产值"},
		{"钢铁行业增加值", "钢铁增加值"},
		{"电气行业增长", "电气"},
		{"第三产业占GDP比重", "第三产业增加值占地区生产总值比重"},
		{"第三产业占比", "第三产业占全市生产总值比重"},
		{"地区生产总值在全市占比", "地区生产总值占全市比重"},
		{"规上企业", "规模以上工业企业"},
		{"规上企业工业总产值", "规模以上工业总产值"},
	} {
		if a, b := CanonicalName(c[0]), CanonicalName(c[1]); a != b {
			t.Errorf("%s → %s, %s → %s: want one name", c[0], a, c[1], b)
		}
	}
}
