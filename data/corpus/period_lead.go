package corpus

import (
	"strconv"
	"strings"
)

// openingParagraphs is how many body paragraphs of a release may state the
// part of the year it covers after an opening sentence of no period.
const openingParagraphs = 2

// openingPeriod is the period a release states in a sentence of its first
// body paragraphs that opens with it, when its title and first sentence
// name none: 今年以来,全县深入贯彻…。一季度全县地区生产总值增势良好。(h04),
// 根据地区生产总值统一核算结果,一季度全省实现地区生产总值7490.99亿元 (f03,
// whose first paragraph is all policy). "" when none does.
func openingPeriod(a *Article) string {
	n := 0
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		if n++; n > openingParagraphs {
			break
		}
		for _, sent := range sentences(p.Text) {
			ps := Periods(sent)
			if len(ps) > 0 && opensWithPeriod(sent[:ps[0].Start]) && !breakdownAt(sent[:ps[0].Start]) && !listedPeriod(sent, ps) {
				return ps[0].Code
			}
		}
	}
	return ""
}

// periodLeadIns may stand before a period that opens its sentence.
var periodLeadIns = []string{"今年", "本年"}

// opensWithPeriod reports whether a period written after before opens its
// sentence or a clause of it: before is empty, a lead-in (今年), or ends
// with a comma or colon.
func opensWithPeriod(before string) bool {
	before = strings.TrimSpace(before)
	for _, w := range periodLeadIns {
		before = strings.TrimSuffix(before, w)
	}
	return before == "" || hasSuffixAny(before, []string{",", "，", ":", "：", "\u3000"})
}

// sentences splits s after each full stop.
func sentences(s string) []string {
	var out []string
	for s != "" {
		k := strings.IndexAny(s, "。！？")
		if k < 0 {
			return append(out, s)
		}
		_, sz := firstRune(s[k:])
		out = append(out, s[:k])
		s = s[k+sz:]
	}
	return out
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// thisYearWords are the openings of a release about the year so far.
var thisYearWords = []string{"今年以来", "今年一季度", "今年上半年", "今年前三季度", "今年1", "今年，", "今年,"}

// notThisYear after a year make it a span or a horizon, not the year the
// release is in (2016年以来, 2035年远景目标); before it, a deadline (到2025年)
// or a base (比2024年).
var (
	notThisYearAfter  = []string{"以来", "远景", "同期", "年前", "—", "-", "至"}
	notThisYearBefore = []string{"到", "至", "比", "较", "与", "同"}
)

// thisYearLead is the year a release about the year so far writes in its
// opening paragraph: 今年以来,全县…紧扣2025年重点工作目标 (h04) is of 2025.
// 0 when the first body paragraph does not open with 今年 or writes no
// such year.
func thisYearLead(a *Article) int {
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		if !hasPrefixAny(strings.TrimSpace(p.Text), thisYearWords) {
			return 0
		}
		for _, m := range yearWord.FindAllStringSubmatchIndex(p.Text, -1) {
			after, before := p.Text[m[1]:], strings.TrimSpace(p.Text[:m[0]])
			if hasPrefixAny(after, notThisYearAfter) || hasSuffixAny(before, notThisYearBefore) || isBase(before) {
				continue
			}
			y, _ := strconv.Atoi(p.Text[m[2]:m[3]])
			return y
		}
		return 0
	}
	return 0
}

// monthsToDate is the period of a monthly release whose lead names its
// month with no figure (10月份,全区上下坚决贯彻…,经济运行总体平稳) and whose
// figures then open with the months from January to that month (1-10月,全
// 区规上工业增加值同比增长4.4%): the month names the release, the figures
// are of the year to date, as a monthly analysis gives them unless it
// writes 当月. A lead that gives the month's own figures (8月份,全市居民消费
// 价格同比上涨0.6%) keeps the month. ok is false unless the article's
// period is such a month and the first other period its opening paragraphs
// write, before any figure, is the year to date. A figure the lead marks
// 当月 (2月份,全区规模以上工业企业当月产值同比下降12.6%;1-2月,规上工业累计
// 产值…) is the month's own, told apart from the year to date that follows.
func monthsToDate(a *Article) (string, bool) {
	n := singleMonthOf(a.Period)
	if n < 2 {
		return "", false
	}
	// a month the title or a heading names (叶集区2024年3月经济运行情况) is
	// seen before the body: a lead that opens with the year to date (一季度,
	// 全区…) makes the release of it
	k, seen := 0, LastPeriod(a.Title) == a.Period
	for _, p := range a.Paragraphs {
		if p.Kind == Heading && k == 0 && LastPeriod(p.Text) == a.Period {
			seen = true
		}
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		if k++; k > leadParagraphs {
			break
		}
		from := 0
		for _, m := range Periods(p.Text) {
			if seen && strings.ContainsAny(p.Text[from:m.Start], "0123456789") && !strings.Contains(p.Text[from:m.Start], "当月") {
				return "", false // a figure before the months to date
			}
			from = m.End
			if m.Code == a.Period {
				seen = true
				continue
			}
			code := monthSpan(1, n)
			return code, seen && m.Code == code
		}
		if seen && strings.ContainsAny(p.Text[from:], "0123456789") {
			return "", false
		}
	}
	return "", false
}

// singleMonthOf is the month of a code of one month (M10 is 10), else 0.
func singleMonthOf(code string) int {
	if !strings.HasPrefix(code, "M") || strings.ContainsAny(code, "-E") {
		return 0
	}
	n, err := strconv.Atoi(code[1:])
	if err != nil {
		return 0
	}
	return n
}
