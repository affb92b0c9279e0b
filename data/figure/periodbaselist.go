package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// baseListJoins join the periods of a list of bases: 一季度及4月, 上半年和5月.
var baseListJoins = []string{"及", "以及", "和", "与", "、"}

// lastOfBaseList drops the periods and joins that open s, a list of base
// periods, up to its last member: 并高于一季度及4月的4.8% gives 4月, whose
// value 4.8% is, written right before 的.
func lastOfBaseList(s string) string {
	for {
		ps := corpus.Periods(s)
		if len(ps) == 0 || ps[0].Start != 0 {
			return s
		}
		j := prefixOf(s[ps[0].End:], baseListJoins)
		if j == "" || ps[0].End+len(j) == len(s) {
			return s
		}
		s = strings.TrimPrefix(s[ps[0].End:], j)
	}
}
