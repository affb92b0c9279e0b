package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A city paper's item that names only the province whose bureau did the
// accounting, and calls itself 我市 (本报讯…经河南省统计局统一核算，上半年我
// 市地区生产总值同比增长6.2%, 2024) is a city's, not the province's: its
// place is left unknown rather than given as 河南省. (我市 in a district's
// report names its city, above it: the seeds' 马村区 keeps its place.)
func TestFirstPersonBelowSubject(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"city item naming its province", "本报讯（记者 田亚楠 通讯员 李会杰）7月21日，记者从市统计局获悉，经河南省统计局统一核算，上半年我市地区生产总值同比增长6.2%，较一季度加快0.4个百分点，高于全省1.3个百分点。", ""},
	}
	for _, c := range cases {
		a := corpus.Parse("x.txt", []byte(c.text))
		Locate(Default().Places, a)
		if a.Region != c.want {
			t.Errorf("%s: region %q, want %q", c.name, a.Region, c.want)
		}
	}
}
