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
