package figure

import "strings"

// singleMonthNames are what a clause about one month of a cumulative
// indicator is left holding once its month is read (其中6月当月同比下降
// 17.6%): the month alone, naming no indicator of its own.
var singleMonthNames = []string{"当月", "本月", "单月"}

// singleMonthOfPrevious: 其中6月当月同比下降17.6% after 1-6月，全区规模以上
// 工业企业完成产值同比下降1.8%… is the same indicator for its last month
// alone, so it is named 当月 + the indicator before it in the paragraph (as
// golds write 当月规模以上工业增加值), not 当月, which says only when.
func (c *naming) singleMonthOfPrevious() bool {
	if !isAny(singleMonthWord(c.n), singleMonthNames) {
		return false
	}
	p := c.x.writtenBefore(c.q.Start)
	if p == nil {
		return false
	}
	n := p.Name
	if t, w := trimSuffixes(n, rateNames); w != "" && runeLen(t) >= 2 {
		n = t // 增速位列县区第5…其中6月当月: the month's own rate, of the indicator
	}
	if strings.HasPrefix(n, "当月") || runeLen(n) < 2 {
		return false
	}
	c.n = "当月" + n
	return true
}

// singleMonthWord is n without the 其中 and the month written before 当月
// (其中6月当月 gives 当月).
func singleMonthWord(n string) string {
	n = strings.TrimPrefix(n, "其中")
	if k := strings.Index(n, "月"); k > 0 && k+len("月") < len(n) && trimSet(n[:k], "0123456789份") == "" {
		n = strings.TrimPrefix(n[k+len("月"):], "份")
	}
	return n
}

// writtenBefore is the last written, named figure other than a rank before
// pos in pos's paragraph, or nil.
func (x *extractor) writtenBefore(pos int) *Figure {
	for k := len(x.out) - 1; k >= 0; k-- {
		g := &x.out[k]
		if g.Start >= pos || g.Derived || g.Kind == Rank || g.Name == "" {
			continue
		}
		if strings.Contains(x.s[g.End:pos], "\n") {
			return nil
		}
		return g
	}
	return nil
}
