package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// preferSelfKind settles a name shared by places of different kinds (巴州:
// 巴音郭楞蒙古自治州, or 巴中's 巴州区) that nothing else settled on the one
// whose kind the text's self words name most (全州, 我州: the 州; 全区: the
// 区): a report of 巴州 that says 全州 is the prefecture's, even where it
// ranks it once 居全区第3 among 新疆's. A tie settles nothing.
func preferSelfKind(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention) []gazetteer.Mention {
	var counts []int // how often the text writes each group of selfWords, read on first need
	for i, m := range ms {
		if len(m.Codes) < 2 || m.Zone != "" {
			continue
		}
		if counts == nil {
			counts = selfWordCounts(text)
		}
		best, bestN, tie := "", 0, false
		for _, c := range m.Codes {
			pl, ok := g.Place(c)
			if !ok || pl.Level == gazetteer.Town {
				continue
			}
			n := 0
			for k, sw := range selfWords {
				if hasSuffixAny(pl.Name, sw.endings) {
					n += counts[k]
				}
			}
			switch {
			case n > bestN:
				best, bestN, tie = c, n, false
			case n == bestN:
				tie = true
			}
		}
		if bestN > 0 && !tie {
			ms[i].Codes = []string{best}
		}
	}
	return ms
}

// selfWordCounts is how often the text writes a word of each group of
// selfWords, in its order.
func selfWordCounts(text string) []int {
	out := make([]int, len(selfWords))
	for k, sw := range selfWords {
		for _, w := range sw.words {
			out[k] += strings.Count(text, w)
		}
	}
	return out
}
