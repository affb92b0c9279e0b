package compare

import "testing"

// The seeds name counts by bare nouns (走访企业800家余, 6个项目入选…) and
// attributes without an owner (总投资); Compare offers none of them, but
// keeps the indicators that hold such a word (新增高新技术企业, 市重点项目).
func TestIndicatorsLeaveOutBareNames(t *testing.T) {
	inds := Indicators(Counts(embedded(t)))
	offered := map[string]bool{}
	for _, ind := range inds {
		for _, n := range ind.Names {
			offered[n] = true
		}
	}
	for _, bare := range []string{"企业", "项目", "公司", "人才", "事项", "总投资", "年产值"} {
		if offered[bare] {
			t.Errorf("Compare offers %q as an indicator", bare)
		}
	}
	for _, keep := range []string{"新增高新技术企业", "市重点项目", "地区生产总值", "谋划项目总投资"} {
		if !offered[keep] {
			t.Errorf("Compare no longer offers %q", keep)
		}
	}
}
