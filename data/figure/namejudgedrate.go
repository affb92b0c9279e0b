package figure

import "strings"

// A bare rate word (增速为23.7%; 增速分别为22.9%和8.6%) after a clause with no
// figure that names a subject and says how it fared (电子产品制造业保持较好
// 增势; 房地产开发投资、工业投资提速) is that subject's rate, not the rate of a
// figure further back: the clause has named its own subject.

// paceWords end a clause that says how fast a subject went (工业投资提速,
// 进口、出口双双回升, 进口、出口双向发力, 电子产品制造业保持较好增势),
// beside momentumWords and rateJudgements.
var paceWords = byLength([]string{"提速", "加速", "加快", "放缓", "减速", "回升", "回落", "趋缓", "增势", "势头", "态势", "发力", "齐升", "并进"})

// vagueSubjects say how the whole economy fared (经济运行稳中向好): a rate
// after them is of the indicator the text is about, not of theirs.
var vagueSubjects = map[string]bool{"经济": true, "经济运行": true, "经济发展": true, "运行": true, "发展": true, "总体": true, "整体": true, "形势": true}

// judgedClauseSubject is what a clause that judges a subject names (the
// words of s before how it fared), or "" when s does not end by saying how
// something fared.
func judgedClauseSubject(s string) string {
	return judgedBy(s, rateJudgements, momentumWords, paceWords, fareJudgements) // 交通运输业恢复强劲
}

// judgedBy is judgedClauseSubject by the words of the lists given, tried
// in order.
func judgedBy(s string, lists ...[]string) string {
	s = trimRightSet(s, "，,；;：:")
	for _, words := range lists {
		if t, w := trimSuffixes(s, words); w != "" {
			return withoutPaceLeads(t)
		}
	}
	return ""
}

// ownsRate: n, cleaned, can own a rate: a name of two characters or more,
// with no number, that is no bare attribute and no whole economy.
func ownsRate(n string) bool {
	return runeLen(n) >= 2 && !strings.ContainsAny(n, "0123456789") && !rateAttributes[n] && !genericNames[n] && !vagueSubjects[n]
}

// rateOfJudgedClause: 电子产品制造业保持较好增势，增速为23.7% — the bare rate
// is the judged subject's: its growth, or the points of its rate.
func (c *naming) rateOfJudgedClause() bool {
	if !isAny(c.n, rateNames) || c.cl.fenbie {
		return false
	}
	ps, cs, ok := c.figurelessClauseBefore()
	if !ok {
		return false
	}
	n := c.x.cleanName(judgedClauseSubject(compact(c.x.s[ps:cs])))
	if !ownsRate(n) || strings.Contains(n, "、") {
		return false
	}
	c.n = rateOfSubject(n, c.cl.name, c.f.Kind)
	return true
}

// rateOfSubject names a subject's rate: its growth is named by the subject
// alone, as a growth written with a verb is; its points, by its rate.
func rateOfSubject(subject, rate string, k Kind) string {
	if k == Growth {
		return subject
	}
	return withRate(subject, rate)
}

// memberJudgedRate: 房地产开发投资、工业投资提速，增速分别为22.9%和8.6% — the
// n-th number is the n-th member's rate.
func (x *extractor) memberJudgedRate(q memberQuery) (string, bool) {
	if !q.cl.fenbie || !isAny(q.cl.name, rateNames) {
		return "", false
	}
	cs := clauseStart(x.s, x.sentStart, x.qs[q.first].Start)
	if cs <= x.sentStart {
		return "", false
	}
	ps := clauseStart(x.s, x.sentStart, cs-1)
	if x.figureBetween(ps, x.qs[q.first].Start) {
		return "", false
	}
	members := x.listedMembers(judgedClauseSubject(compact(x.s[ps:cs])))
	if len(members) != q.n {
		return "", false
	}
	for k, m := range members {
		if !ownsRate(m) {
			return "", false
		}
		members[k] = rateOfSubject(m, q.cl.name, q.f.Kind)
	}
	return x.keepSplit(members, q.k())
}

// figureBetween: a written figure of the sentence ends in (from, to].
func (x *extractor) figureBetween(from, to int) bool {
	for k := len(x.sent) - 1; k >= 0; k-- {
		if g := &x.out[x.sent[k]]; !g.Derived && g.End > from && g.Start < to {
			return true
		}
	}
	return false
}

// judgedOwner is the subject t names when it says how that subject fared
// (房地产开发投资、工业投资提速 gives the two), else t.
func judgedOwner(t string) string {
	if s := judgedClauseSubject(t); ownsRate(s) {
		return s
	}
	return t
}
