package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A period is the part of a year a figure covers, written as CONTRACTS.md
// fixes it: Q1 (一季度), H1 (上半年), Q1-Q3 (前三季度), M1-M5 (1—5月), M3E
// (3月末), M6 (6月份, one month alone). A whole year has no period.

// periodWords are the fixed phrases of a period, longest first where one
// holds another (前三季度 before 三季度).
var periodWords = []struct{ phrase, code string }{
	{"前三季度", "Q1-Q3"}, {"前3季度", "Q1-Q3"}, {"前三个季度", "Q1-Q3"}, {"前三季", "Q1-Q3"},
	{"一至三季度", "Q1-Q3"}, {"1至3季度", "Q1-Q3"}, {"1-3季度", "Q1-Q3"},
	{"前两个季度", "H1"},
	// 前二季度全县开工动员重点项目共67个 (a county bureau's project news):
	// the first two quarters, not the second alone
	{"前二个季度", "H1"}, {"前二季度", "H1"}, {"前两季度", "H1"}, {"前2季度", "H1"},
	{"第一季度", "Q1"}, {"第二季度", "Q2"}, {"第三季度", "Q3"}, {"第四季度", "Q4"},
	// 首季度, 首季 (首季经济实现“开门红”): the first quarter, as news writes it
	{"首季度", "Q1"}, {"首季", "Q1"},
	{"一季度", "Q1"}, {"二季度", "Q2"}, {"三季度", "Q3"}, {"四季度", "Q4"},
	{"1季度", "Q1"}, {"2季度", "Q2"}, {"3季度", "Q3"}, {"4季度", "Q4"},
	{"上半年", "H1"}, {"下半年", "H2"},
	{"半年累计", "H1"}, // 今年6月…,半年累计完成规上工业产值108.7亿元: the half to date
	{"前两个月", "M1-M2"}, {"前二个月", "M1-M2"}, {"头两个月", "M1-M2"}, {"头二个月", "M1-M2"},
}

// monthRange is 1—5月 (or １—５月, full-width digits as some typeset
// releases write them), 1-5月, 1至5月, 一至五月; monthEnd is 3月末, 9月底,
// 6月份末; firstMonths is 前5个月, or 首10个月 as Hong Kong and some
// news releases write the months from January.
var (
	monthNum    = `(1[0-2]|[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九])`
	monthRange  = regexp.MustCompile(firstMonthNum + `\s*(?:月份?)?\s*(?:-|—|–|－|～|~|至|到)\s*` + monthNum + `\s*月`)
	monthEnd    = regexp.MustCompile(monthNum + `\s*月(?:份)?(?:末|底)`)
	firstMonths = regexp.MustCompile(`(?:前|首)` + monthNum + `个?月`)
	// rangeLinks and monthEndWords are what monthRange and monthEnd cannot
	// match without: the regexps are slow, and most sentences with a 月
	// hold neither
	rangeLinks    = []string{"-", "—", "–", "－", "～", "~", "至", "到"}
	monthEndWords = []string{"末", "底"}
	// firstMonthWords open firstMonths: 前5个月, 首10个月
	firstMonthWords = []string{"前", "首"}
)

// baseYears are the years a comparison base may name before its period,
// in words rather than digits: 比上年四季度加快 compares with last year's
// fourth quarter, as 比2022年四季度 does.
var baseYears = []string{"上年", "去年", "上一年", "今年", "本年", "前年", "同年"}

// periodBases are words that make the period after them a base of
// comparison (比上半年提高, 较一季度回落) or the start of a change (由二季度
// 的第12位上升到第6位), not the period described.
var periodBases = []string{"比", "较", "高于", "低于", "快于", "慢于", "超过", "同于", "与", "和", "较之", "由"}

// PeriodMention is a period written in a text.
type PeriodMention struct {
	Start, End int
	Code       string
}

// periodChar reports whether s holds 季, 月 or 半, each looked for by its
// last byte with IndexByte: strings.ContainsAny with Han characters in its
// set decodes every rune of s, a byte loop stops at every other character
// (E5 and E6 lead most of them), and Periods is asked of every sentence of
// a text.
func periodChar(s string) bool {
	return indexWord(s, "月") >= 0 || indexWord(s, "季") >= 0 || indexWord(s, "半") >= 0
}

// Periods lists the periods written in s, in order, without those written
// as the base of a comparison.
func Periods(s string) []PeriodMention {
	if !periodChar(s) {
		return nil // every period names a 季度, a 月 or a 半年: no regexp needed
	}
	p := periodFinder{s: s}
	months := strings.Contains(s, "月") // every month pattern has one; the regexps are slow
	p.addMonthPatterns(months)
	p.addQuarterEnds()
	if months {
		addSingleMonths(s, p.add)
	}
	p.addPeriodWords()
	return withoutBases(s, p.all)
}

// cumulativeMonths are the spans from January that have a name of their
// own: 1-3月 is the first quarter whether the text writes 一季度 or 1-3月,
// and one period must have one code for figures to line up by period.
var cumulativeMonths = map[int]string{3: "Q1", 6: "H1", 9: "Q1-Q3", 12: ""}

// monthSpan is the code of the months a to b of a year: M4-M5, or the
// name a span from January has (1-12月 is the whole year: "").
func monthSpan(a, b int) string {
	if code, ok := cumulativeMonths[b]; ok && a == 1 {
		return code
	}
	if code, ok := namedMonthSpans[[2]int{a, b}]; ok {
		return code
	}
	return "M" + strconv.Itoa(a) + "-M" + strconv.Itoa(b)
}

// CanonicalPeriod writes a period code as Periods does: M1-M3 as Q1,
// M1-M6 as H1, M1-M9 as Q1-Q3, M1-M12 as the whole year, M7-M9 as Q3.
func CanonicalPeriod(code string) string {
	var a, b int
	if n, _ := fmt.Sscanf(code, "M%d-M%d", &a, &b); n == 2 && code == "M"+strconv.Itoa(a)+"-M"+strconv.Itoa(b) {
		return monthSpan(a, b)
	}
	return code
}

// monthMatches runs a month pattern over w's text only when it has a 月 at
// all, and then in its month window.
func monthMatches(re *regexp.Regexp, w monthWindow, months bool) [][]int {
	if !months {
		return nil
	}
	return w.matches(re)
}

// periodCode is the form of a period code: Q1…Q4, H1, H2, Q1-Q3, M1-M5,
// M3E.
var periodCode = regexp.MustCompile(`^(?:Q[1-4]|H[12]|Q1-Q3|M(1[0-2]|[1-9])-M(1[0-2]|[1-9])|M(?:1[01]|[1-9])E|M(?:1[0-2]|[1-9]))$`)

// ValidPeriod reports whether code is a period as CONTRACTS.md writes them
// (M1-M5 with the first month before the last; 12月末 is no period).
func ValidPeriod(code string) bool {
	m := periodCode.FindStringSubmatch(code)
	if m == nil {
		return false
	}
	if m[1] != "" {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		return a < b
	}
	return true
}

// LastPeriod is the code of the last period written in s, or "".
func LastPeriod(s string) string {
	ps := Periods(s)
	if len(ps) == 0 {
		return ""
	}
	return ps[len(ps)-1].Code
}

func isBase(before string) bool {
	before = strings.TrimRight(before, " ")
	// 比2023年一季度: the comparison word may stand before a year
	if k := strings.LastIndex(before, "年"); k >= 0 && len(before)-k <= len("年") {
		j := k
		for j > 0 && before[j-1] >= '0' && before[j-1] <= '9' {
			j--
		}
		if j < k {
			before = before[:j]
		}
	}
	for _, y := range baseYears {
		if strings.HasSuffix(before, y) {
			before = strings.TrimSuffix(before, y)
			break
		}
	}
	for _, b := range periodBases {
		if strings.HasSuffix(before, b) {
			return true
		}
	}
	return false
}

var cnMonth = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12, "元": 1}

func monthValue(s string) int {
	if n, err := strconv.Atoi(foldDigits(s)); err == nil {
		return n
	}
	return cnMonth[s]
}

// periodNames are how a reader writes the fixed period codes.
var periodNames = map[string]string{
	"Q1": "一季度", "Q2": "二季度", "Q3": "三季度", "Q4": "四季度",
	"H1": "上半年", "H2": "下半年", "Q1-Q3": "前三季度",
}

// PeriodName writes a period code as a Chinese report does: Q1 一季度,
// H1 上半年, Q1-Q3 前三季度, M1-M10 1-10月, M11E 11月末; a code it does not
// know as it is.
func PeriodName(code string) string {
	if n, ok := periodNames[code]; ok {
		return n
	}
	var a, b int
	if n, _ := fmt.Sscanf(code, "M%d-M%d", &a, &b); n == 2 && ValidPeriod(code) {
		return strconv.Itoa(a) + "-" + strconv.Itoa(b) + "月"
	}
	if m := periodCode.FindStringSubmatch(code); m != nil && strings.HasSuffix(code, "E") {
		return strings.TrimSuffix(strings.TrimPrefix(code, "M"), "E") + "月末"
	}
	if ValidPeriod(code) && strings.HasPrefix(code, "M") {
		return strings.TrimPrefix(code, "M") + "月" // M6: 6月 alone
	}
	return code
}

// foldDigits writes the full-width digits of s (１—５月, ２０２２年) as
// ASCII ones.
func foldDigits(s string) string {
	if !strings.ContainsAny(s, "０１２３４５６７８９") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}
