package figure

// flatBefore is the indicator the clause right before a bare rate says was
// flat (居民消费价格指数同比持平(100)，涨幅较上年同期收窄3.7个百分点): that
// clause holds no figure, so the rate is its indicator's, not the last
// amount's; "" when the clause before says no such thing.
func (c *naming) flatBefore() string {
	ps, cs, ok := c.figurelessClauseBefore()
	if !ok {
		return ""
	}
	t := trimRightSet(dropParens(compact(c.x.s[ps:cs])), "，,；;：: ")
	t, w := trimSuffixes(t, flatWords)
	if w == "" {
		return ""
	}
	t, _ = trimSuffixes(t, rateComparisons)
	if t = c.x.cleanName(t); runeLen(t) < 2 {
		return ""
	}
	return t
}

// flatWords end a clause that says an indicator did not change.
var flatWords = byLength([]string{"持平", "基本持平", "与上年持平", "与去年持平", "保持稳定", "基本稳定"})
