package figure

import (
	"strings"
	"unicode"
)

// fromToAmount: an amount, count or area that moves from one value to
// another names the subject written before 从 or 由 in its clause, for
// both ends (绿色和有机产品认证从45个发展到117个; 基地面积从26.8万亩增加到
// 107.6万亩), not the verb between them. Rates have fromToSubject.
func (c *naming) fromToAmount() bool {
	if c.f.Kind != Count && c.f.Kind != Physical && c.f.Kind != Level && c.f.Kind != Rank {
		return false
	}
	x := c.x
	seg := x.s[clauseStart(x.s, x.sentStart, c.q.Start):c.q.Start]
	if !containsAnyOf(seg, "从由") {
		return false
	}
	own := compact(seg)
	k := max(strings.LastIndex(own, "从"), strings.LastIndex(own, "由"))
	if k < 0 {
		return false
	}
	if rest := own[k+len("从"):]; !fromEnd(rest) && !toEnd(rest) {
		return false
	}
	if k == 0 {
		return c.fromToTopic()
	}
	if n := x.cleanName(strings.TrimPrefix(own[:k], "其")); runeLen(n) >= 2 {
		c.n = n
		return true
	}
	return false
}

// fromEnd: what follows 从 before the first number is nothing or a time
// (从年初的, 由2015年的): the number is where the move starts.
func fromEnd(rest string) bool {
	return rest == "" || timeOf(rest)
}

// toEnd: the words between 从 and the number hold the first number and end
// in a verb of arrival, maybe with a time (发展到, 增至, 增加到2020年的): the
// number is where it ends.
func toEnd(rest string) bool {
	for _, v := range arrivalVerbs {
		k := strings.LastIndex(rest, v)
		if k <= 0 || !strings.ContainsFunc(rest[:k], unicode.IsDigit) {
			continue
		}
		if after := rest[k+len(v):]; after == "" || timeOf(after) {
			return true
		}
	}
	return false
}

// timeOf: s is a short time before a number (年初的, 2020年的, 上年末的).
func timeOf(s string) bool {
	return strings.HasSuffix(s, "的") && runeLen(s) <= 8
}

// arrivalVerbs end the move of a from-to pair.
var arrivalVerbs = []string{"到", "至", "为", "达"}
