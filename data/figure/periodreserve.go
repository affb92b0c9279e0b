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
	if strings.HasPrefix(trimLeftSet(x.s[ss:pos], " \n\u3000"), "其中") && ss > 0 {
		from, _ = x.l.sentence(ss - 1) // 其中 parts of the sentence before
	}
	if x.reserveWordEnd(from, pos) > pos {
		return false
	}
	x.ensurePeriods()
	i := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].End > from })
	return i == len(x.periods) || x.periods[i].Start >= pos
}

// reserveMemo is how far reserveStock has searched a sentence for a
// reserve word, kept for the sentence's next figure: searched from the
// sentence's start to each figure, a list of 40,000 numbers in one
// sentence took quadratic time. Its sentence is the key of
// memo.reserve (two callers ask with different sentence starts in turn).
type reserveMemo struct {
	searched int // x.s[from:searched] has been searched
	wordEnd  int // where the first reserve word found ends, or -1
}

// reserveWordEnd is where the first reserve word after from ends, when one
// ends at or before pos; else a point past pos.
func (x *extractor) reserveWordEnd(from, pos int) int {
	if x.reserve == nil {
		x.reserve = map[int]reserveMemo{}
	}
	m, ok := x.reserve[from]
	if !ok {
		m = reserveMemo{searched: from, wordEnd: -1}
	}
	if m.wordEnd < 0 && m.searched < pos {
		// again from the longest word's length back: a word across the
		// last search's end
		chunk := x.s[max(from, m.searched-len("项目储备库")+1):pos]
		at := pos - len(chunk)
		if index(chunk, "储备") >= 0 { // every reserve word holds 储备: most sentences stop here
			for _, w := range reserveWords {
				if i := strings.Index(chunk, w); i >= 0 && (m.wordEnd < 0 || at+i+len(w) < m.wordEnd) {
					m.wordEnd = at + i + len(w)
				}
			}
		}
		m.searched = pos
	}
	x.reserve[from] = m
	if m.wordEnd < 0 {
		return pos + 1
	}
	return m.wordEnd
}
