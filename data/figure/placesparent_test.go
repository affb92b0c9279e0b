package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A report that never names its place but lists its units and calls
// itself 全市 is the parent's (六安's 招商引资 notice, slice i); fewer units,
// or no self word of the parent's kind, leave it unknown.
func TestLocateUnnamedParent(t *testing.T) {
	const list = "分别为:霍山县34个、金寨县32个、裕安区27个、舒城县25个、金安区21个、霍邱县18个、市开发区14个、叶集区3个。"
	cases := []struct{ name, text, want string }{
		{"seven units and 全市", "【双招双引】2024年1-6月份全市招商引资工作成效\n\n1-6月份全市亿元以上新签约项目174个," + list, "六安市"},
		{"no self word", "1-6月份亿元以上新签约项目174个," + list, ""},
		{"three units", "1-6月份全市亿元以上新签约项目84个,分别为:霍山县34个、金寨县32个、裕安区18个。", ""},
		{"a county's self word", "1-6月份全县亿元以上新签约项目174个," + list, ""},
	}
	g := Default().Places
	for _, c := range cases {
		a := corpus.Parse("x.txt", []byte(c.text))
		Locate(g, a)
		if a.Region != c.want {
			t.Errorf("%s: region %q, want %q", c.name, a.Region, c.want)
		}
	}
}

// A ranking whose scope is a zone of a place above the report's (全省县域
// 综合排名) ranks the report's own place (k07, 肇源县).
func TestRankScopeZone(t *testing.T) {
	text := "2021年肇源县人民政府工作报告\n过去五年,全县地区生产总值年均增长3.7%。全省县域综合排名由2016年的第60名上升至2019年的第35名。"
	a := corpus.Parse("x.txt", []byte(text))
	got := map[string]string{}
	for _, f := range Extract(a) {
		got[f.Text] = f.Region
	}
	for _, fig := range []string{"第60名", "第35名"} {
		if got[fig] != "肇源县" {
			t.Errorf("%s: region %q, want 肇源县", fig, got[fig])
		}
	}
}

// A place right after a figure's unit, where the page dropped the stop
// (a14, 沈阳 县域: 低于全市增速4.7个百分点法库县实现地区生产总值144.7亿元),
// owns the figures after it.
func TestOwnerAfterUnit(t *testing.T) {
	text := "分地区看,康平县实现地区生产总值87.4亿元,同比增长1.3%,低于全市增速4.7个百分点法库县实现地区生产总值144.7亿元,增长1.9%,低于全市增速4.1个百分点;新民市实现地区生产总值212.0亿元。"
	a := corpus.Parse("x.txt", []byte(text))
	for _, f := range Extract(a) {
		if f.Text == "144.7亿元" && f.Region != "法库县" {
			t.Errorf("144.7亿元: region %q, want 法库县", f.Region)
		}
	}
}

// A town name that begins inside a word (中城镇 in 其中城镇人口) is no place:
// a bulletin that does not name its county must not give its urban
// population to a town of another province.
func TestTownInsideWord(t *testing.T) {
	a := corpus.Parse("x.txt", []byte("年末全县户籍人口52.3万人,其中城镇人口18.6万人,乡村人口33.7万人。"))
	for _, f := range Extract(a) {
		if f.Region != "" {
			t.Errorf("%s: region %q, want none", f.Text, f.Region)
		}
	}
}
