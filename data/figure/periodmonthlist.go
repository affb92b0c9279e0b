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
	if a, b, ok := monthSpan(code); ok && a == 1 {
		return b
	}
	return 0
}

// monthSpan reads the months a and b of a span's code, M<a>-M<b>, as
// fmt.Sscanf(code, "M%d-M%d") does when it reads both (what follows b is
// not looked at). A code of one or two digits a month, which every code is,
// is read by hand: Sscanf, asked for the article's period at every figure,
// was a fiftieth of Extract; anything else is left to it.
func monthSpan(code string) (a, b int, ok bool) {
	if len(code) < 5 || code[0] != 'M' {
		return 0, 0, false // Sscanf stops at the M as well
	}
	a, i := smallNumber(code, 1)
	if i < 0 || i+2 > len(code) || code[i] != '-' || code[i+1] != 'M' {
		return sscanSpan(code)
	}
	b, j := smallNumber(code, i+2)
	if j < 0 {
		return sscanSpan(code)
	}
	return a, b, true
}

// smallNumber reads one or two digits at s[i:] that no third follows: the
// number and the offset after it, or -1.
func smallNumber(s string, i int) (int, int) {
	n, j := 0, i
	for j < len(s) && j < i+2 && s[j] >= '0' && s[j] <= '9' {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i || j < len(s) && s[j] >= '0' && s[j] <= '9' {
		return 0, -1
	}
	return n, j
}

// sscanSpan is monthSpan by fmt.Sscanf, for the codes it does not read by
// hand.
func sscanSpan(code string) (a, b int, ok bool) {
	n, _ := fmt.Sscanf(code, "M%d-M%d", &a, &b)
	return a, b, n == 2
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
	a, b, ok := monthSpan(p.Code)
	if !ok || b <= a {
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
