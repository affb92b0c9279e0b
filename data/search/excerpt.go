package search

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Excerpt builds the result for paragraph para of a, found by another
// index (the library's persisted one), as Query builds it: the span of the
// first matched term, every match, and the snippet with its marks. Terms
// are folded search terms (see Terms), matched as substrings of the
// paragraph as it is searched. It also returns how many of the terms occur.
func Excerpt(a *corpus.Article, para int, terms []string, score float64) (Passage, int) {
	if para < 0 || para >= len(a.Paragraphs) {
		return Passage{Para: para, Score: score}, 0
	}
	text := segment.Bridge(a.Paragraphs[para].Text)
	pa := passage{para: para, norm: segment.FoldASCII(text.Text), text: text}
	var occ []occurrence
	matched := 0
	for _, t := range terms {
		if t == "" {
			continue
		}
		found := false
		for from := 0; ; {
			i := strings.Index(pa.norm[from:], t)
			if i < 0 {
				break
			}
			s := from + i
			occ = append(occ, occurrence{start: int32(s), end: int32(s + len(t))})
			found = true
			from = s + len(t)
		}
		if found {
			matched++
		}
	}
	return passageOf(a, &pa, score, occ), matched
}
