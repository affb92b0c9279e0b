package figure

// forWhom: the clause of the number at pos opens with whom something is
// done for (为城乡低保45085户、58866人发放最低生活保障金): the verb after the
// numbers is what was done for them, not what they count.
func (x *extractor) forWhom(pos int) bool {
	return hasPrefixAny(compact(x.s[clauseStart(x.s, x.sentStart, pos):pos]), forWhomWords)
}

// forWhomWords open a phrase of whom something is done for.
var forWhomWords = []string{"为", "给", "向"}
