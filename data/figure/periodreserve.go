package figure

import (
	"sort"
	"strings"
)

// reserveWords name a reserve of projects: a stock held as the text is
// written (全市共储备项目1022个,总投资3707亿元), not what a quarter did.
var reserveWords = []string{"储备项目", "储备了", "共储备", "项目储备库", "储备库"}

// reserveStock reports whether the figure at pos counts a reserve of
// projects, or its total or parts (其中,社会项目投资占比达81%), in a
// sentence that writes no period: the reserve has none of its own, and
// the quarter of the news around it does not date it.
func (x *extractor) reserveStock(ss, pos int) bool {
	from := ss
	if strings.HasPrefix(strings.TrimLeft(x.s[ss:pos], " \n\u3000"), "其中") && ss > 0 {
		from, _ = x.l.sentence(ss - 1) // 其中 parts of the sentence before
	}
	if lastIndex(x.s[from:pos], "储备") < 0 {
		return false // every reserve word holds 储备: most sentences stop here
	}
	found := false
	for _, w := range reserveWords {
		found = found || lastIndex(x.s[from:pos], w) >= 0
	}
	if !found {
		return false
	}
	x.ensurePeriods()
	i := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].End > from })
	return i == len(x.periods) || x.periods[i].Start >= pos
}
