package gazetteer

import (
	"slices"
	"testing"
)

// 东乡县 is both 临夏's 东乡族自治县 (as 甘肃 writes it) and 抚州's former
// 东乡县: the other places of the text choose. 东乡族 is the people.
func TestPeopleNamedCounty(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, code string }{
		{"甘肃省临夏州东乡县全年实现地区生产总值30.2亿元", "东乡县", "622926"},
		{"江西省抚州市东乡县全年实现地区生产总值", "东乡县", "361003"},
		{"临夏州东乡族自治县全年实现地区生产总值", "东乡族自治县", "622926"},
	} {
		ms := g.Resolve(g.Find(c.text))
		if !slices.ContainsFunc(ms, func(m Mention) bool {
			return m.Text == c.name && slices.Equal(m.Codes, []string{c.code})
		}) {
			t.Errorf("%s: got %+v, want %s → %s", c.text, ms, c.name, c.code)
		}
	}
	for _, s := range []string{"东乡族人口占全县总人口的87%", "鄂温克族、达斡尔族群众", "在东乡族聚居区"} {
		if ms := g.Find(s); len(ms) > 0 {
			t.Errorf("%s: a people read as a place: %+v", s, ms)
		}
	}
}
