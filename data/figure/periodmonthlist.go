package figure

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// monthListWords after a span of months make it the months named one by
// one, each with its value: 增幅2-5月份分别为14.2%、13%、12.8%、12.7%、9%.
var monthListWords = []string{"分别为", "分别是", "依次为", "依次是"}

// cumulativeEnds are the last months of the periods that run from January.
var cumulativeEnds = map[string]int{"Q1": 3, "H1": 6, "Q1-Q3": 9}

// cumulativeEnd is the last month of a period that runs from January (Q1,
// H1, Q1-Q3, M1-M5), else 0.
func cumulativeEnd(code string) int {
	if n, ok := cumulativeEnds[code]; ok {
		return n
	}
	var a, b int
	if n, _ := fmt.Sscanf(code, "M%d-M%d", &a, &b); n == 2 && a == 1 {
		return b
	}
	return 0
}

// monthListPeriod is the period of a value in a list that follows a span
// of months and one of monthListWords: the i-th value is the i-th month's.
// A release of the year to date (上半年, 1-5月) reports each month's reading
// to date (M1-M2, Q1, …); a value past the span's end is the release's
// own when the release ends the month after (9% in a release of 上半年).
// ok is false when the figure at pos is no such value, or the list holds
// fewer values than the span months.
func (x *extractor) monthListPeriod(ss, pos int) (string, bool) {
	x.ensurePeriods()
	k := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].End > pos }) - 1
	if k < 0 || x.periods[k].Start < ss {
		return "", false
	}
	p := x.periods[k]
	var a, b int
	if n, _ := fmt.Sscanf(p.Code, "M%d-M%d", &a, &b); n != 2 || b <= a {
		return "", false
	}
	rest := strings.TrimPrefix(x.s[p.End:], "份")
	w := prefixOf(rest, monthListWords)
	if w == "" {
		return "", false
	}
	i, at := 0, -1
	for j := x.qAfter(len(x.s) - len(rest) + len(w)); j < len(x.qs); j++ {
		if x.qs[j].Start == pos {
			at = i
		}
		i++
		if j+1 == len(x.qs) || !valueJoin(x.s[x.qs[j].End:x.qs[j+1].Start]) {
			break
		}
	}
	if at < 0 || i < b-a+1 {
		return "", false
	}
	m, end := a+at, cumulativeEnd(x.a.Period)
	switch {
	case m > b && m != end:
		return "", false
	case end > 0:
		return corpus.CanonicalPeriod("M1-M" + strconv.Itoa(m)), true
	}
	return "M" + strconv.Itoa(m), true
}
