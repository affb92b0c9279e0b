package figure

import (
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// periodRefWords name a period by the one written before them in their
// paragraph: 当月 the month that period ends with (规模工业增加值8月当月增长
// 8.9%，当月增幅列全省第三), 当季 its quarter (第四季度各项指标持续好转…当季同比
// 增长), and 累计 after a single month the span from January again
// (1-8月…8月当月增长8.9%，…累计增幅位次…并列第六).
//
// 今年以来, 年初以来 and 年初至今 name the months of the year so far: in a release of a
// span from January (上半年, 1-10月) that span, whatever period the
// sentences before it wrote (截至6月底…。年初以来，全县新增市场主体3126户).
var periodRefWords = []string{"当月", "本月", "当季", "累计", "今年以来", "年初以来", "年初至今", "同期"}

// notThisMonth after 本月 make it a date or a stock, not the month's
// figures: 本月底开工, 本月末余额.
var notThisMonth = []string{"底", "末", "初", "中旬", "上旬", "下旬", "内", "起"}

// withPeriodRefs adds to ps (sorted, the text's) the periods that
// periodRefWords name, each resolved against the mentions before it.
func (x *extractor) withPeriodRefs(ps []corpus.PeriodMention) []corpus.PeriodMention {
	for _, w := range periodRefWords {
		ps = x.addPeriodRefs(ps, w)
	}
	return ps
}

// addPeriodRefs merges into ps the mentions of the period word w, in one
// pass: the matches come in order, so the list before each is the part
// already merged (a text of a million 当月 stays linear).
func (x *extractor) addPeriodRefs(ps []corpus.PeriodMention, w string) []corpus.PeriodMention {
	out := make([]corpus.PeriodMention, 0, len(ps))
	j := 0
	eachIndex(x.s, w, func(k int) {
		for j < len(ps) && ps[j].End <= k {
			out = append(out, ps[j])
			j++
		}
		if j < len(ps) && ps[j].Start <= k {
			return // inside a period already read: 8月当月
		}
		if yearToDateWord(w) && recordSpan(x.s[runeStart(x.s, max(0, k-6)):k]) {
			return // 创今年以来单月新高: the span a record is set in, not a time
		}
		if w == "本月" && hasPrefixAny(x.s[k+len(w):], notThisMonth) {
			return
		}
		if w == sumWord && x.partMonthSum(out, k) {
			return // 其中6月份累计15.2万人: the month's part of the sum before
		}
		if w == "同期" {
			if code := x.samePeriod(k, out); code != "" {
				out = append(out, corpus.PeriodMention{Start: k, End: k + len(w), Code: code})
			}
			return
		}
		para, _ := x.l.paragraph(k)
		if code := x.sumAgain(w, out, para); code != "" {
			out = append(out, corpus.PeriodMention{Start: k, End: k + len(w), Code: code})
		} else if code := refCode(w, out, para, x.a.Period); code != "" {
			out = append(out, corpus.PeriodMention{Start: k, End: k + len(w), Code: code})
		}
	})
	return append(out, ps[j:]...)
}

// refCode is the period word w names after the mentions before (sorted),
// of which only those from para on count; article is the article's
// period. "" when it names none.
func refCode(w string, before []corpus.PeriodMention, para int, article string) string {
	if yearToDateWord(w) {
		return yearToDate(article)
	}
	if len(before) == 0 || before[len(before)-1].Start < para {
		return monthOfArticle(w, article)
	}
	last := before[len(before)-1].Code
	end := corpus.PeriodEndMonth(last)
	switch w {
	case "当月", "本月":
		if end > 0 {
			return "M" + strconv.Itoa(end)
		}
	case "当季":
		if end > 0 && end%3 == 0 {
			return "Q" + strconv.Itoa(end/3)
		}
	case "累计":
		if !singleMonthCode(last) {
			return ""
		}
		for j := len(before) - 1; j >= 0 && before[j].Start >= para; j-- {
			if cumulative(before[j].Code) {
				return sumTo(before[j].Code, end)
			}
		}
		if cumulative(article) {
			return article
		}
		// 本月，…完成12.3亿元；累计完成58.5亿元: the sum from January to
		// that month
		return sumTo("M1", end)
	}
	return ""
}

// sumTo is the sum from January that 累计 names after the single month
// end: the span written before it, or, when that span ends earlier, the
// span to that month (1-2月份,外贸出口1662.28万美元;预计3月份出口可达850
// 万美元,累计达2512万美元: 1-3月).
func sumTo(span string, end int) string {
	if e := corpus.PeriodEndMonth(span); e > 0 && e < end {
		return corpus.CanonicalPeriod("M1-M" + strconv.Itoa(end))
	}
	return span
}

// singleMonthCode: M8, one month alone.
func singleMonthCode(code string) bool {
	return strings.HasPrefix(code, "M") && !strings.ContainsAny(code, "-E")
}

// cumulative: a span from January (Q1, H1, Q1-Q3, M1-M8).
func cumulative(code string) bool {
	return code == "Q1" || code == "H1" || code == "Q1-Q3" || strings.HasPrefix(code, "M1-")
}

// yearToDate is the span from January to the end of the article's period
// when that period is one (H1) or one month (M10: 1-10月); "" otherwise.
func yearToDate(article string) string {
	if cumulative(article) {
		return article
	}
	if article == "M1" {
		return article
	}
	if singleMonthCode(article) {
		return corpus.CanonicalPeriod("M1-" + article)
	}
	return ""
}
