package figure

import (
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// yearPlanNames name the plan of a whole year a part of the year is
// measured against; the value written right after one is the plan's.
var yearPlanNames = []string{"年预算", "年度预算", "全年预算", "年计划", "年度计划", "全年计划", "年度目标", "全年目标", "年任务", "年度任务", "全年任务"}

// planReach is how many bytes before a figure a plan's name is looked for.
const planReach = 15

// yearPlanValue reports whether the figure written right after before is
// the value of a whole year's plan: 1-5月,全县大口径财政收入完成21282万元,
// 占年预算96540万元的22.04% (j04) — 96540万元 is the year's budget, while
// 21282万元 and 22.04% are the months'.
func yearPlanValue(before string) bool {
	c := compact(before)
	return hasSuffixAny(c, yearPlanNames) || hasSuffixAny(c, planGroupWords)
}

// sumWord is the period word naming the sum from January (累计).
const sumWord = "累计"

// pastOwnClause is k, the index in x.periods of the last period written
// before pos (in the sentence starting at ss), or the one before it when k
// is a 累计 that ends its clause group before pos: 5月份,发放农村低保13070
// 户、46225人,累计发放农村低保金5055.4453万元;发放城市低保1273户 (j04) —
// the sum is its own clause's, the 1273户 May's again; or a bare 当月 of an
// earlier sentence: 其中,当月规模以上工业增加值同比增长9.9%。分三大门类看:
// 采矿业增加值增长67.9% (h04) — the aside ends with its sentence.
func (x *extractor) pastOwnClause(k, ss, pos int) int {
	p := x.periods[k]
	word := x.s[p.Start:p.End]
	switch {
	case k > 0 && word == sumWord && strings.ContainsAny(x.s[p.End:pos], "；;"):
		return k - 1
	case k > 0 && word == "当月" && p.End <= ss:
		return k - 1
	case k > 0 && word == "当月" && strings.ContainsAny(x.s[p.End:pos], "；;") && strings.HasSuffix(compact(x.s[max(0, p.Start-9):p.Start]), "其中"):
		return k - 1 // 其中当月工业增加值增长12%…;工业投资216.5亿元: the aside ends with its clause group
	case k > 0 && x.partOpened(p) && strings.ContainsAny(x.s[p.End:pos], "；;"):
		return k - 1 // 其中7月份增长10.5%;社会消费品零售总额增长6.1%: so does a month's
	}
	return k
}

// sumAgain is the period of a 累计 (w) written after another of its
// paragraph with no period between: the same sum (累计发放农村低保金…;发放
// 城市低保…,累计发放城市低保金, j04). "" otherwise.
func (x *extractor) sumAgain(w string, before []corpus.PeriodMention, para int) string {
	if w != sumWord || len(before) == 0 {
		return ""
	}
	last := before[len(before)-1]
	if last.Start < para || x.s[last.Start:last.End] != sumWord {
		return ""
	}
	return last.Code
}

// monthOfArticle is the month 当月 (w) names in a paragraph that writes no
// period before it: the last month of the article's period (一季度 release,
// 其中,当月规模以上工业增加值同比增长9.9%: March, h04). "" for another word
// or an article of no period.
func monthOfArticle(w, article string) string {
	if end := corpus.PeriodEndMonth(article); (w == "当月" || w == "本月") && end > 0 {
		return "M" + strconv.Itoa(end)
	}
	return ""
}
