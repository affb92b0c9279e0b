package figure

import "strings"

// concessives grant something before a 但 turns it (民间投资虽然保持快速增长
// (37.8%)，但增速比1-7月回落4.9个百分点; 尽管出口有所回落，但…): the subject is
// written before them, and what follows them says how it fared, not what
// it is.
var concessives = []string{"虽然", "尽管", "虽"}

// dropConcession cuts s at a concessive: what is before it (民间投资) when
// that is a name, else what is after it, the opener being no part of one.
func dropConcession(s string) string {
	for _, w := range concessives {
		k := strings.Index(s, w)
		if k < 0 {
			continue
		}
		if k == 0 {
			return s[len(w):]
		}
		if runeLen(s[:k]) >= 2 {
			return s[:k]
		}
	}
	return s
}

// openBrackets open a bracket that holds a number (快速增长(37.8%)).
var openBrackets = []string{"(", "（"}

// bracketedGrowth: a percentage in brackets right after a growth verb
// (民间投资虽然保持快速增长(37.8%)) is the rate of that growth, written
// aside: s without the bracket and the manner of the growth, so the verb
// links it as it would without.
func bracketedGrowth(s string) string {
	t, w := trimSuffixes(s, openBrackets)
	if w == "" {
		return s
	}
	subject, g := trimSuffixes(t, growthVerbs)
	if g == "" {
		return s
	}
	return withoutPaceLeads(subject) + g // 工业投资保持快速增长(15.3%): the manner is no part of the name
}

// paceLeads come between a subject and how it fared (保持较好增势, 继续提速,
// 双双回升, 保持高速增长势头, 恢复强劲) and are no part of the subject; they are taken
// off the end one by one.
var paceLeads = byLength([]string{
	"保持", "继续", "持续", "呈现", "实现", "也", "有所", "双双", "双向", "同步", "均保持", "均实现", "均呈现", "恢复", "态势", "势头",
	"增长", "发展", "高速", "快速", "较快", "良好", "稳定", "强劲", "平稳", "较好", "向好", "稳步", "的",
})

// withoutPaceLeads takes paceLeads off the end of s.
func withoutPaceLeads(s string) string {
	for n := 0; n < 6; n++ {
		t, lead := trimSuffixes(s, paceLeads)
		if lead == "" {
			break
		}
		s = t
	}
	return s
}
