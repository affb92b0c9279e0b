package figure

import "strings"

// townListJoins join the towns of a list (桃源镇、震泽镇和七都镇).
var townListJoins = []string{"、", "和", "及", "与", "，", ","}

// townListed reports whether the town refs[j] names is written in a list
// of towns, right after another joined to it (…平望镇、七都镇进展较好): a
// list's last member is one of several, not the town whose story the text
// goes on with (部门方面,区科技局和水务局…分别完成年度计划的145%和100% is
// the district's, not 七都镇's). A figure of the list's own sentence is
// read from the list before.
func townListed(s string, refs []townRef, j int) bool {
	if j == 0 || refs[j].town == "" || refs[j-1].town == "" || refs[j-1].town == refs[j].town {
		return false
	}
	gap := strings.TrimSpace(s[refs[j-1].end:refs[j].start])
	for _, w := range townListJoins {
		if gap == w {
			return true
		}
	}
	return false
}
