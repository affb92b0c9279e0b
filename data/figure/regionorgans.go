package figure

import (
	"slices"
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// directOrgans open the name of a place's own departments and units (省直
// 部门, 市直单位, 县直机关): each is read as the self word of its kind (全省,
// 全市, 全县) is, on the report's chain, its topic or its zone.
var directOrgans = []struct{ word, self string }{
	{"省直", "全省"}, {"市直", "全市"}, {"县直", "全县"}, {"区直", "全区"}, {"旗直", "全旗"},
}

// organsCounted is region unless the count q counts a place's own
// departments (41家省直部门出台配套政策, in a county's report: 贵州省's
// departments, not the county's): then the place the organs' word names,
// when there is one.
func (x *extractor) organsCounted(q quantity.Quantity, kind Kind, region string) string {
	if kind != Count {
		return region
	}
	after := x.s[q.End:min(len(x.s), q.End+12)]
	for _, o := range directOrgans {
		if !strings.HasPrefix(after, o.word) {
			continue
		}
		for _, sw := range selfWords {
			if slices.Contains(sw.words, o.self) {
				name := x.selfOwner(q.End, o.self, sw.endings)
				if name == "" || region != "" && x.pl.codeOf(name) == x.pl.codeOf(region) {
					return region // 雅安经开区…15个区直部门: the zone as written is that place already
				}
				return name
			}
		}
	}
	return region
}
