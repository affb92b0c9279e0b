package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// censusBaseYear is the year of the census whose value the figure at pos
// is: 与2010年第六次全国人口普查的725482人相比 — the census, with 的, right
// before the figure makes it the census's own count (2010), not the
// year the sentence reports; 0 when no census stands there.
func (x *extractor) censusBaseYear(pos int) int {
	raw := x.s[runeStart(x.s, max(0, pos-60)):pos]
	if !strings.Contains(raw, "普查") {
		return 0 // most figures: no census before them, nothing to compact
	}
	before := compact(raw)
	if !strings.HasSuffix(before, "普查的") {
		return 0 // every census name ends with 普查 (七普的, 六普的 are rare)
	}
	y, end := corpus.CensusYear(before)
	if end != len(before)-len("的") {
		return 0
	}
	return y
}
