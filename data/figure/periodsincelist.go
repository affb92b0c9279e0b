package figure

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// sinceMonth opens a list of the months from one to the release's own:
// 5月份以来,全国规模以上工业增加值累计同比增速分别为3.3%、3.4%、…、3.8%.
var sinceMonth = regexp.MustCompile(`(1[0-2]|[1-9])\s*月份?以来`)

// sinceMonthListPeriod is the period of a value in a list of monthly
// readings that runs from a month (5月份以来) to the last month of the
// release (a release of 1-11月 with seven values: May to November): the
// i-th value is the i-th month's, read to date when the list says 累计
// (M1-M5, H1, …, M1-M11), else the single month. ok is false when the
// count of values does not end at the release's month: then the list is
// something else.
func (x *extractor) sinceMonthListPeriod(ss, pos int) (string, bool) {
	end := cumulativeEnd(x.a.Period)
	if end == 0 || !strings.Contains(x.s[ss:pos], "以来") {
		return "", false
	}
	m := sinceMonth.FindStringSubmatchIndex(x.s[ss:pos])
	if m == nil {
		return "", false
	}
	from, _ := strconv.Atoi(x.s[ss+m[2] : ss+m[3]])
	rest := x.s[ss+m[1] : pos]
	k := indexAnyWord(rest, monthListWords)
	if k < 0 || strings.ContainsAny(rest[:k], "。；;") {
		return "", false
	}
	i, at := 0, -1
	for j := x.qAfter(ss + m[1] + k); j < len(x.qs); j++ {
		if x.qs[j].Start == pos {
			at = i
		}
		i++
		if j+1 == len(x.qs) || !valueJoin(x.s[x.qs[j].End:x.qs[j+1].Start]) {
			break
		}
	}
	if at < 0 || from+i-1 != end {
		return "", false
	}
	month := from + at
	if strings.Contains(rest[:k], "累计") {
		return corpus.CanonicalPeriod("M1-M" + strconv.Itoa(month)), true
	}
	return "M" + strconv.Itoa(month), true
}

// indexAnyWord is where the first of words written in s starts, or -1.
func indexAnyWord(s string, words []string) int {
	at := -1
	for _, w := range words {
		if k := strings.Index(s, w); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	return at
}
