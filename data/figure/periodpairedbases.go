package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// basesListed reports whether clause, the text between a sentence's last
// figure and a 分别 list of changes, compares with a list of several base
// periods (较一季度、上半年和前三季度分别提高7.9个、3.4个和1.7个百分点): each
// change is then against its own base, all of the one figure just given
// (the whole year's 6.6%), not paired with the figures written before it.
func basesListed(clause string) bool {
	k, w := -1, ""
	for _, b := range pairedBaseWords {
		if i := strings.LastIndex(clause, b); i > k {
			k, w = i, b
		}
	}
	if k < 0 {
		return false
	}
	return len(corpus.Periods(clause[k+len(w):])) >= 2
}
