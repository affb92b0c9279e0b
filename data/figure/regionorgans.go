package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// directOrgans open the name of a place's own departments and units (省直
// 部门, 市直单位, 县直机关): each maps to the ending of the place whose they
// are, read on the report's chain as 全省, 全市, 全县 are.
var directOrgans = []struct{ word, ending string }{
	{"省直", "省"}, {"市直", "市"}, {"县直", "县"}, {"区直", "区"}, {"旗直", "旗"},
}

// organsCounted is region unless the count q counts a place's own
// departments (41家省直部门出台配套政策, in a county's report: 贵州省's
// departments, not the county's): then the place of the subject's chain
// the organs' word names, when there is one.
func (x *extractor) organsCounted(q quantity.Quantity, kind Kind, region string) string {
	if kind != Count {
		return region
	}
	after := x.s[q.End:min(len(x.s), q.End+12)]
	for _, o := range directOrgans {
		if strings.HasPrefix(after, o.word) {
			if p, ok := selfIn(x.pl.subject, []string{o.ending}); ok {
				return p.Name
			}
		}
	}
	return region
}
