package figure

// The year and the period of a figure: read where it stands, from the
// years and periods the text writes around it and the article's own.

import (
	"context"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// year says which year the figure at pos describes: the last year its
// sentence names (not one it is compared with), else one named earlier in
// its paragraph, else the article's period; nil when none is known.
func (x *extractor) year(pos, ss int) *int {
	if y, ok := x.meetingYear(ss, pos); ok {
		return y
	}
	if y, ok := x.spanMemberYear(ss, pos); ok {
		return y
	}
	if y, ok := x.changeStartYear(ss, pos); ok {
		return y
	}
	y := x.ownYear(pos, ss)
	if head := x.listHead(pos); y != nil && strings.Contains(x.s[max(0, head-15):head], "年") && hasSuffixAny(compact(x.s[max(0, head-15):head]), lastYearValue) && !ratioToLastYear(compact(x.s[runeStart(x.s, max(0, head-24)):head])) {
		prev := *y - 1 // 由上年的9.6%提高到10.8%: 9.6% is the year before's, and so are 28.63% and 49.11% of 由上年的22.26%、28.63%和49.11%
		return &prev
	}
	if y != nil && x.lastYearWholeValue(pos) {
		prev := *y - 1 // 今年前11月…已超过去年全年的8118.5亿元: the year before's whole
		return &prev
	}
	if y != nil && x.lastYearLevel(pos) {
		prev := *y - 1 // 比上年同期196978万元增长13.38%
		return &prev
	}
	return y
}

// lastYearValue end the words right before a figure that is the value of
// the year before the one its sentence describes: 由上年的9.6%, 比去年同期的.
// Each holds 年, which year looks for before compacting the words.
var lastYearValue = []string{"上年的", "去年的", "上年末的", "去年末的", "上年同期的", "去年同期的", "上一年的"}

// ownYear is year without the year-before rule.
func (x *extractor) ownYear(pos, ss int) *int {
	ss = runeStart(x.s, max(ss, pos-400))
	if pos >= x.body {
		ss = max(ss, x.body) // the dateline's year dates the report, not the figure
	}
	if y := x.censusBaseYear(x.listHead(pos)); y != 0 {
		return yearPtr(y) // 与2010年第六次全国人口普查的725482人相比: the census's count
	}
	if y := x.ownBaseYear(ss, x.listHead(pos)); y != 0 {
		return yearPtr(y) // 比2018年的14户: the base's own value is of the base's year
	}
	if y := x.yearIn(ss, pos); y != 0 {
		return yearPtr(y)
	}
	ps, _ := x.l.paragraph(pos)
	ps = max(ps, ss-600)
	if pos >= x.body {
		ps = max(ps, x.body)
	}
	for ps < len(x.s) && ps > 0 && x.s[ps]&0xC0 == 0x80 {
		ps++
	}
	if y := x.thisYearTarget(ps, ss, pos); y != 0 {
		return yearPtr(y)
	}
	if ps < ss && !x.undatedPeriodOpens(ss, pos) {
		if y := x.yearIn(ps, ss); y != 0 && !x.reportYearOpens(ss, y) {
			return yearPtr(y)
		}
	}
	if y := x.a.SectionYear(pos); y != 0 {
		return yearPtr(y) // 二、2024年工作安排: a target of the year the report is given
	}
	if x.yearsAhead(ps, ss, pos) {
		return nil // 今后五年，全市地区生产总值年均增长7%左右: no one year
	}
	if y := x.targetYear(ss, pos); y != 0 {
		return yearPtr(y)
	}
	if code := x.period(pos, ss); x.a.YearOf(code) != 0 {
		y := x.a.YearOf(code)
		if code != "" {
			y = x.closedBase(pos, y) // 2023年，…增长5.8%。今年以来，…一季度，…: 2024's quarter
		}
		return yearPtr(y)
	}
	if _, pe := x.l.paragraph(x.body); pos >= pe {
		if y := x.leadYear(); y != 0 {
			return yearPtr(y) // the one year an undated text's lead writes
		}
	}
	if y := x.onlyYear(); y != 0 && pos >= x.body {
		return yearPtr(y) // the one year an undated text writes
	}
	return nil
}

// baseValueGaps stand between a year and a figure that is that year's
// value: 比2018年的14户, 由2020年末的3.5%, 2018年14户新增企业 (nothing).
var baseValueGaps = []string{"", "的", "末的", "底的", "同期的"}

// ownBaseYear is the year written right before the figure at pos, with no
// more than one of baseValueGaps between: a base of comparison, whose value
// the figure is (比2018年的14户增加112户: 14户 is 2018's); 0 when none.
func (x *extractor) ownBaseYear(ss, pos int) int {
	j := x.qAfter(ss)
	for ; j < len(x.qs) && x.qs[j].End <= pos; j++ {
	}
	if j == 0 || j-1 < x.qAfter(ss) {
		return 0
	}
	q := x.qs[j-1]
	if q.Kind != quantity.Date || q.Unit != "年" || q.End > pos || !matchAny(compact(x.s[q.End:pos]), baseValueGaps) {
		return 0
	}
	if j < len(x.qs) && x.qs[j].Start == pos && x.qs[j].Kind == quantity.Multiple || ratioToBase(x.s[max(ss, q.Start-12):q.Start]) {
		return 0 // 是2020年的1.5倍, 恢复到2019年的51%: a ratio to the base, of the figure's own year
	}
	if compact(x.s[q.End:pos]) == "" && x.comparedYear(ss, q) {
		return 0 // 高于2023年1.2个百分点: the difference, of the figure's own year
	}
	return int(q.Value)
}

// targetWords open a statement of the targets a report sets: 果洛州划定发展
// 预期目标，地区生产总值增长3% (b11); 2024年长沙市经济社会发展主要预期目标是
// (b07) and 2023年…主要预期目标 (a09) write the year the targets are for.
var targetWords = []string{"预期目标", "主要目标", "发展目标"}

// targetDone before a target word makes it a review: 基本实现预期目标,
// 较好地完成了…主要目标任务.
var targetDone = []string{"实现", "完成", "确定", "达到", "超额"}

// targetYear is the year of a target its sentence sets without writing the
// year: the year the report is given, which a review of a whole year
// without a date takes to be the year after it (a report reviewing 2022
// sets the targets of 2023). 0 when the sentence sets no target.
func (x *extractor) targetYear(ss, pos int) int {
	if !setsTarget(x.s[ss:pos]) {
		return 0
	}
	switch {
	case x.a.Date.Year != 0 && x.a.LateSession():
		return x.a.Date.Year + 1 // a report given in December sets next year's targets
	case x.a.Date.Year != 0:
		return x.a.Date.Year
	case x.a.Year != 0 && x.a.Period == "":
		if y := x.statedPlanYear(ss); y != 0 {
			return y // 2025年是…收官之年。…主要预期目标是: 2025's, though the title gave 2025 as the year
		}
		return x.a.Year + 1
	}
	return 0
}

// setsTarget reports whether sent sets a target: a target word not after
// one of targetDone.
func setsTarget(sent string) bool {
	k := -1
	for _, w := range targetWords {
		if i := strings.Index(sent, w); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	return k >= 0 && !containsAny(sent[:k], targetDone)
}

// period says which part of its year the figure at pos covers: the last
// period its paragraph names up to it (一季度, 1—5月, 3月末), else the article's (a
// release titled 2024年上半年…经济运行情况); "" for a whole year. 全年 after
// the period turns back to the whole year.
func (x *extractor) period(pos, ss int) string {
	if x.wholeYearValue(ss, pos) {
		return "" // 2018年14户新增企业 in a release of a quarter: 2018's
	}
	if code, ok := bracketedBase(x.s[max(0, pos-bracketReach):pos]); ok {
		return code // 较一季度(-10.8%): the base's own value
	}
	if code, ok := baseBracketPeriod(x.s[runeStart(x.s, max(0, pos-baseBracketReach)):pos]); ok {
		return code // 比一季度增长率差距(…浮山92.2%…): the base's own values
	}
	if code, ok := baseValuePeriod(x.s[max(0, pos-bracketReach):pos]); ok {
		return code // 由二季度的第12位: the base's own value
	}
	if x.reserveStock(ss, pos) {
		return "" // 全市共储备项目1022个: a stock with no period of its own
	}
	if x.lastYearWholeValue(pos) {
		return "" // 已超过去年全年的8118.5亿元: the whole year before's
	}
	if x.holidayClause(ss, pos) {
		return "" // 其中，“五一”假期接待游客86.5万人次: the holiday's, in no period's code
	}
	if yearPlanValue(x.s[max(0, pos-planReach):pos]) && !x.percentAt(pos) || x.yearTargetValue(pos) || x.inYearPlanGroup(pos) {
		return "" // 占年预算96540万元的22.04%: the plan is the whole year's
	}
	para := x.viewParagraph(pos) // 1-8月份，…。\n(一)从产业看：…: the total's period
	from := runeStart(x.s, max(min(para, ss), pos-600))
	before := x.s[from:pos]
	x.ensurePeriods()
	if x.earlierYearOpens(ss, pos) || x.otherYearStated(ss, pos) {
		return "" // 2023年，全县地区生产总值增长6.1%。 in a release of 2024's first quarter
	}
	if code, ok := x.monthListPeriod(ss, pos); ok {
		return code // 增幅2-5月份分别为14.2%、13%…: each month's own
	}
	if code, ok := x.sinceMonthListPeriod(ss, pos); ok {
		return code // 5月份以来…累计同比增速分别为3.3%、…、3.8%: each month's to date
	}
	if code, ok := x.listMemberPeriod(ss, pos); ok {
		return code // 一季度、上半年…分别为18.8%、9.6%…: the member's own
	}
	if code, ok := x.pairedChangePeriod(ss, pos); ok {
		return code // 5月份增长19.3%，累计增长12.3%，与4月份相比分别提高了3.1和1.6个百分点
	}
	// the last period written wholly in [from, pos) that reaches pos
	if k := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].End > pos }) - 1; k >= 0 {
		k = x.pastOtherMember(x.pastOwnClause(k, ss, pos), ss, pos)
		if p := x.periods[k]; p.Start >= from && x.periodReaches(p, ss, pos) {
			if p.Start-from > x.lastWholeYearIn(before) {
				return p.Code
			}
			return "" // 全年 after the period
		}
	}
	code, ok := x.a.SectionPeriod(pos)
	if !ok || pos < x.body {
		code = x.a.Period
	}
	if code == "" || x.lastWholeYearIn(before) >= 0 || setsYearTarget(x.s[max(ss, from):pos]) {
		return ""
	}
	return code
}

// lastWholeYearWord is the offset of the last word in before that turns
// it back to the whole year (全年, 近5年来, 12月末), or -1. It reads up to
// 600 bytes three times over, so period asks it only when the answer can
// change the period: a text of a whole year has "" either way.
func lastWholeYearWord(before string) int {
	return max(lastWholeYear(before), lastSpanOfYears(before), lastYearEndMonth(before))
}

// periodReaches reports whether period p, written before pos, holds for
// the figure at pos of the sentence starting at ss. A period written inside
// a list of subjects (规上工业增加值、1-2月规上服务业营业收入分别增长…) is
// its member's, and holds for its own sentence only. In an article about a
// whole year, a period written with its year (这一年…，2023年1-11月，规模以上
// 工业总产值达5534亿元，…；) holds up to the next semicolon: a review quotes
// the months it has for one clause.
func (x *extractor) periodReaches(p corpus.PeriodMention, ss, pos int) bool {
	if p.End <= ss && !x.opensClause(p.Start) {
		return false
	}
	if x.a.Period == "" && x.datedAt(p.Start) && strings.ContainsAny(x.s[p.End:pos], "；;") {
		return false
	}
	if p.End <= ss && x.a.Period == "" && x.a.Speech() && !x.opensParagraph(p.Start) {
		// 今年以来，…，1-11月，…增长6.8%。我们坚持项目为王，新签约项目56个: a
		// speech quotes the months its statistics have for one sentence
		// of its year's review
		return false
	}
	if p.End <= ss && x.headingBetween(p.Start, p.End, pos) {
		return false // 1-5月，…。\n二、固定资产投资较快增长\n…: the section before's
	}
	if p.End <= ss && x.markedSingleMonth(p) && !strings.HasPrefix(trimLeftSet(x.s[ss:pos], " \n\u3000"), "其中") {
		return false // 单5月,…增长7.1%。全市固定资产投资…: the month's aside is over; 其中,出口… is its part
	}
	if x.cumulativeAside(p, pos) {
		return false // 半年累计…;完成规上销售产值20亿元: the month's again
	}
	if p.End <= ss && x.monthEndAside(p, ss, pos) {
		return false
	}
	if p.End <= ss && x.breakdownPart(p.Start) {
		return false // 分季度看，一季度…，三季度增长6.7%。分产业看，第一产业…: a part, for its sentence only
	}
	if p.End <= ss && strings.HasSuffix(trimRightSet(compact(x.s[runeStart(x.s, max(0, p.Start-12)):p.Start]), "，,：:"), "其中") {
		return false // 1—7月…。其中，7月份完成产值18.6亿元。: a part, for its sentence only
	}
	if hasSuffixAny(compact(x.s[runeStart(x.s, max(0, p.Start-9)):p.Start]), periodObjectVerbs) && strings.ContainsAny(x.s[p.End:pos], "，,；;") {
		return false // 研判前三季度主要经济指标完成情况…,30余名县级领导: what was studied
	}
	return true
}

// periodObjectVerbs before a period make it part of what the verb works on
// (研判前三季度主要经济指标完成情况, 分析上半年经济运行形势, 听取一季度工作
// 汇报), not the time of the clauses after it: such a period holds for its
// own clause only.
var periodObjectVerbs = []string{"研判", "分析", "总结", "回顾", "通报", "听取", "研究"}

// periodOpeners may stand right before a period that opens its clause.
var periodOpeners = []string{"今年", "去年", "截止到", "截至到", "截至", "截止", "至", "在", "从", "自", "其中", "同时", "单", "仅"}

// opensClause reports whether the period at k opens its clause: after
// punctuation or the start of a line, after a year (2024年1-2月), or after
// a word that introduces a time (今年一季度, 截至3月末, 至10月底: 截至
// written short).
func (x *extractor) opensClause(k int) bool {
	before := trimRightSet(x.s[max(0, k-24):k], " \u3000")
	if x.datedAt(k) {
		before = strings.TrimRight(before[:strings.LastIndex(before, "年")], "0123456789 ")
	}
	before = strings.TrimSuffix(before, suffixOf(before, periodOpeners))
	before = trimClauseSubject(before)
	if before == "" {
		return true
	}
	r, _ := hanzi.DecodeLastRune(before)
	return r == '\n' || isPunct(r) && r != '、'
}

// datedAt reports whether a year is written right before offset k: 2023年1-11月.
func (x *extractor) datedAt(k int) bool {
	before := strings.TrimRight(x.s[max(0, k-12):k], " ")
	if !strings.HasSuffix(before, "年") {
		return false
	}
	before = strings.TrimSuffix(before, "年")
	return len(before) >= 4 && strings.Trim(before[len(before)-4:], "0123456789") == ""
}

// textPeriods lists the periods of the whole text once (never nil), read a
// sentence at a time (a period is written within one; most sentences have
// no 季, 月 or 半 and are passed over): a regexp pass over each figure's
// window took a tenth of extraction, and one over the whole text runs
// Go's slower regexp machine.
// It returns ctx's error when ctx is done before.
func (x *extractor) textPeriods(ctx context.Context) ([]corpus.PeriodMention, error) {
	out := []corpus.PeriodMention{}
	cumQ3 := false // a 三季度 written for the first three quarters
	for i, from := range x.l.sentences {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		to := len(x.s)
		if i+1 < len(x.l.sentences) {
			to = x.l.sentences[i+1]
		}
		for _, p := range corpus.Periods(x.s[from:to]) {
			p.Start, p.End = p.Start+from, p.End+from
			if monthsWritten(x.s[p.Start:p.End]) {
				out = append(out, p)
				continue // 7-9月份 names its months: never the sum to date a bare 三季度 may stand for
			}
			p.Code = accountedQuarter(x.s[from:p.Start], p.Code)
			code := cumulativeQuarter(x.s[p.End:to], p.Code)
			cumQ3 = cumQ3 || code != p.Code && code == "Q1-Q3"
			p.Code = code
			out = append(out, p)
		}
	}
	sameQuarterUsage(x.s, out, cumQ3)
	return out, nil
}

// wholeYearWords return a sentence to its whole year: 一季度增长5%，全年增长6%.
// A forecast of the year (预计今年夏粮面积2053万亩, 预计全年增长6%) in a
// release of a quarter is of the whole year. 今年 alone opening a clause
// (今年，全区实施重点在建项目494个) speaks of the year, not of the half the
// release is about; 今年上半年 and 今年以来 do not close it.
var wholeYearWords = []string{"全年", "年度", "年末", "年底", "预计今年", "预计本年", "今年，", "今年,"}

// spanOfYearsWords close the opening of a span of several years: 近5年来,
// 五年来, 多年来, “十四五”以来, 党的十八大以来. A figure of such a span
// (近5年来累计推出180项重大工业项目) is no part of the quarter or half a
// release describes: the span, like a whole year, has no period code.
var spanOfYearsWords = []string{"年来", "五”以来", "五\"以来", "五以来", "十八大以来", "十九大以来", "二十大以来"}

// spanCounts are what stands between the opening of a clause and 年来 in a
// span of years: 近5年来, 过去五年来, 多年来, 这几年来.
const spanCounts = "近多几数0123456789０１２３４５６７８９一二三四五六七八九十两"

// spanLeads may stand before a span that opens its clause.
var spanLeads = []string{"过去", "这", "党的", "“", "\"", "〝"}

// lastSpanOfYears is the offset of the last span of years opening a clause
// in s, or -1. One inside a clause (增速创近年来新高) qualifies what is
// said, not when: the period stays.
func lastSpanOfYears(s string) int {
	// every span word ends with its only 来, so no two nest: the last span
	// is found at the last 来 that ends one opening its clause, each 来
	// read once (not once for every word)
	for end := len(s); ; {
		j := lastIndex(s[:end], "来")
		if j < 0 {
			return -1
		}
		e, at := j+len("来"), -1
		for _, w := range spanOfYearsWords {
			if k := e - len(w); k > at && k >= 0 && s[k:e] == w && spanOpensClause(s[:k], w) {
				at = k
			}
		}
		if at >= 0 {
			return at
		}
		end = j
	}
}

// spanOpensClause reports whether the span word w written after before
// opens its clause.
func spanOpensClause(before, w string) bool {
	if w == "年来" {
		n := len(before)
		before = strings.TrimRight(before, spanCounts)
		if len(before) == n {
			return false // 今年来, 去年来: no span of years
		}
	} else {
		before = trimRightSet(before, "十四三二一五“”\"〝〞")
	}
	before = strings.TrimSuffix(before, suffixOf(before, spanLeads))
	if before == "" {
		return true
	}
	r, _ := hanzi.DecodeLastRune(before)
	return r == '\n' || isPunct(r) && r != '、'
}

// yearEndMonths are the end of December: a stock then (截至2022年12月底，
// 全县存款余额386.2亿元) is the year-end's, which has no period code.
var yearEndMonths = []string{"12月末", "12月底", "12月份末", "十二月末", "十二月底", "１２月末", "１２月底"}

// lastYearEndMonth is the offset of the last of yearEndMonths in s, or -1.
func lastYearEndMonth(s string) int {
	at := -1
	if index(s, "月") < 0 {
		return at
	}
	for _, w := range yearEndMonths {
		if k := lastIndex(s, w); k > at && !strings.HasSuffix(s[:k], "1") {
			at = k // not 112月末
		}
	}
	return at
}

// yearPlanWords after 全年 or 年度 make it the year's plan, which a part of the
// year is measured against: 分别完成年度计划目标的74.32% (b03), 完成全年目
// 标任务的55%, 完成年度预算的28.6%.
var yearPlanWords = []string{"计划", "目标", "任务", "预期", "投资计划", "计划投资", "预算"} // 完成年度投资计划的23.7%

// lastWholeYear is the offset of the last word in s that turns a sentence
// back to its whole year, or -1; 上年全年 and 去年全年 name a base of
// comparison, not the figure's year (分别高于上年全年和上年同期0.5个、0.2个
// 百分点, b09; 比上年全年提高, a common form of quarterly releases), and
// 年度计划 the plan. 去年全年 opening a clause is the year before's whole
// year for its own sentence only (lastYearBase).
func lastWholeYear(s string) int {
	for end := len(s); ; {
		k, w := lastIndexAny(s[:end], wholeYearWords)
		if k < 0 {
			return k
		}
		after := s[k+len(w):]
		if strings.HasSuffix(s[:k], "半") || (w == "年度" || w == "全年") && hasPrefixAny(after, yearListNouns) {
			// 上半年末: the half's end (M6E), not the year's; 32个年度重点项目完成
			// 投资56.2亿元: the year's list of projects, at work in the half
			end = k
			continue
		}
		if !lastYearBase(s[:k], after) && !planBase(s[:k], after) && !comparedWhole(s[:k]) && !wholeAside(s[:k], after) {
			return k
		}
		end = k
	}
}

// yearListNouns after 年度 or 全年 name the list a year's plan draws up
// (年度重点项目, 全年重点工程), what a part of the year reports the progress
// of: no time of the figure.
var yearListNouns = []string{"重点项目", "重点工程", "重大项目", "项目"}

// lastIndexAny is where the word of words written last in s starts, and
// the word; -1 and "" when none is. Every word holds a 年, so only the
// places of 年 are tried: this runs for every figure.
func lastIndexAny(s string, words []string) (int, string) {
	for end := len(s); ; {
		j := lastIndex(s[:end], "年")
		if j < 0 {
			return -1, ""
		}
		at, word := -1, ""
		for _, w := range words {
			k := strings.Index(w, "年")
			if st := j - k; st >= 0 && st+len(w) <= len(s) && s[st:st+len(w)] == w && st > at {
				at, word = st, w
			}
		}
		if at >= 0 {
			return at, word
		}
		end = j
	}
}

// ownYearAt reports whether quantity j, met looking in s[from:to] for a
// figure's year, is a year of the figure's own: not a base, a span's start,
// an attribute or a whole year quoted aside.
func (x *extractor) ownYearAt(j, from, to int) bool {
	q := x.qs[j]
	// a window may end inside the year (a search from 400 bytes before the
	// figure cut 刚刚过去的 2023 年 between 2023 and 年; a sentence split
	// inside "2022年): it is still written before the figure
	to = max(to, q.End)
	if q.Kind != quantity.Date || (q.Unit != "年" && q.Unit != "年度") || x.yearHeldBefore(j, to) {
		return false
	}
	if asideYear(x.s, q.Start, q.End, to) {
		return false // 15家(2022年新增9家),规上工业增加值增长7.2%: an aside's year
	}
	if x.inBookTitle(q.Start) {
		return false // 《…第十四个五年规划和二〇三五年远景目标纲要》: a document's name, as 《2023年… is (attributeYear)
	}
	before := compact(x.s[max(from, q.Start-12):q.Start])
	if baseBefore(before) {
		return false // 较2020年, 是2020年的1.5倍, 恢复到2019年的51%: the base of a comparison
	}
	if after := x.s[q.End:min(len(x.s), q.End+12)]; strings.HasPrefix(after, "以来") || strings.HasPrefix(after, "同期") && !sameTermValue(x.s[q.End:to]) || priceBaseYear(after) {
		return false // 2016年以来: a span; 2019年同期: a base; 按2020年不变价格: a price base
	}
	if x.a.Period != "" && strings.HasPrefix(x.s[q.End:], "全年") && strings.ContainsAny(x.s[q.End:to], "。；;") {
		// 2022年全年，全县地区生产总值增长4.1%。 in a release of a half: the
		// whole year before, quoted for its own sentence; what follows is
		// the release's again
		return false
	}
	if cs := clauseStart(x.s, from, q.Start); comparesIn(compact(x.s[cs:q.Start])) {
		return false // 分别比一季度和2019年上半年增速高: a base
	}
	if q.End < to && eventYear(x.s[q.End:min(to, q.End+24)]) && strings.ContainsAny(x.s[q.End:to], "；;。") {
		return false // 2016年首次进入全国前十；人均生产总值达到8.2万元: the event's clause only
	}
	if attributeYear(x.s[max(from, q.Start-12):q.Start]) && strings.ContainsAny(x.s[q.End:to], "；;。") {
		// 申报2021年地方政府专项债项目10个…；帮助…11家企业: a year naming
		// what was done, not when, holds for its own clause only
		return false
	}
	return true
}

// yearIn finds the last year in s[from:to] that is the figure's own:
// the last written (2023年, “十四五”以来), unless 今年, 去年, 明年 come
// after it.
func (x *extractor) yearIn(from, to int) int {
	year, yearAt := x.writtenYearIn(from, to)
	// 今年, 去年, 明年 are relative to when the report was written (a work
	// report given in January 2024 calls 2024 今年), when written after the
	// last year in figures
	if base := x.thisYear(); base != 0 {
		if y := x.executionYear(to, base); y != 0 {
			base = y // 一、2024年计划执行情况 … 今年以来, published 2025-01-20: 2024
		}
		return x.relativeYearIn(from, to, base, year, yearAt)
	}
	return year
}

// writtenYearIn is the last year s[from:to] writes as the figure's own,
// in digits or as the end or span of a five-year plan, and where it is
// written (-1 when none).
func (x *extractor) writtenYearIn(from, to int) (year, yearAt int) {
	year, yearAt = 0, -1
	for j := x.qAfter(from); j < len(x.qs) && x.qs[j].Start < to; j++ {
		if x.ownYearAt(j, from, to) {
			year, yearAt = int(x.qs[j].Value), x.qs[j].Start
		}
	}
	if y, at := apostropheYearIn(x.s, from, to); y != 0 && at > yearAt {
		year, yearAt = y, at // '23年上半年: 2023
	}
	if y, at := planEndIn(x.s, from, to); y != 0 && at > yearAt {
		year, yearAt = y, at // “十一五〞期末,全区完成生产总值249.1亿元: 2010
	}
	if y, at := planSpanIn(x.s, from, to, x.a.Year); y != 0 && at > yearAt {
		year, yearAt = y, at // “十四五”以来,全县新增规上工业企业86家: up to the report's year
	}
	return year, yearAt
}

// relativeYearIn is the year of the last 今年, 去年, 明年… in the 400
// bytes before to that is the figure's own, counted from base; year
// (written at yearAt) when none is, or when the one found comes before
// that written year.
func (x *extractor) relativeYearIn(from, to, base, year, yearAt int) int {
	lo := runeStart(x.s, max(from, to-400))
	// the year taken, not a base written after it: 到今年的1114.1亿斤，比
	// 2007年增长60.9% is this year's (a20)
	lastYear := yearAt
	for k := to; k > lo; {
		j := lastIndex(x.s[lo:k], "年")
		if j < 0 {
			break
		}
		j += lo
		k = j
		r, _ := hanzi.DecodeLastRune(x.s[lo:j])
		d, ok := relativeOffset(r)
		if !ok {
			continue
		}
		if r == '当' && year != 0 {
			return year // 全区2021年项目谋划…；当年计划完成投资: that year
		}
		if r == '前' && !yearBeforeLastAt(x.s, lo, j-len("前")) {
			continue // 目前年产5万吨, 提前年
		}
		w := j - len(string(r))
		if x.notOwnRelativeYear(from, to, j, w, d) {
			continue
		}
		if year != 0 && w < lastYear {
			break
		}
		if r == '当' {
			return base + d // 当年签约当年开工: the year spoken of, not counted from the report
		}
		if y := x.plannedYear(base); r == '明' && y != 0 {
			return y
		}
		return x.closedBase(w, base) + d
	}
	return year
}

// relativeOffset is how many years from the report's the word ending in
// r before 年 means: 今年 0, 去年 -1, 明年 1, 前年 -2 (前年为25.3万吨: two
// years before); ok false when r makes no relative year.
func relativeOffset(r rune) (d int, ok bool) {
	switch r {
	case '今', '当':
		return 0, true
	case '去', '上':
		return -1, true
	case '明':
		return 1, true
	case '前':
		return -2, true
	}
	return 0, false
}

// notOwnRelativeYear reports whether the relative year whose 年 is at j
// (its word at w, offset d) is a base or holds for its own sentence
// only, not the figure's year.
func (x *extractor) notOwnRelativeYear(from, to, j, w, d int) bool {
	if d == -1 && (strings.HasPrefix(x.s[j+len("年"):], "同期") || x.lastYearWhole(j)) && strings.ContainsAny(x.s[j:to], "；;。") {
		// 去年同期增速为3.8%。规上工业增加值增长7.5%: the base's sentence
		// only (上年同期，全县…增长4.1% stays the year before's); so does
		// 去年全年，全县地区生产总值增长4.2%。
		return true
	}
	if d != 0 && ratioToRelativeYear(x.s, from, w, j) {
		return true // 是上年同期的1.1倍: the base of a ratio, of the figure's own year
	}
	before := compact(x.s[max(from, w-9):w])
	if hasSuffixAny(before, comparisonWords) || strings.HasSuffix(before, "同比") || hasSuffixAny(before, changeFrom) {
		return true // 由上年的35:21:44调整为34:24:42: the base of a change
	}
	if asideYear(x.s, w, j+len("年"), to) {
		return true // 增长6.1%（上年同期为4.2%），固定资产投资增长8.3%: the bracket's year
	}
	// 在上年基础上增长5%, 稳定在上年水平: the base of a target
	return d != 0 && relativeBaseLevel(x.s[j+len("年"):min(to, j+len("年")+12)])
}

// relativeBase is the year 今年 means: the report's date, else the year it
// describes.
func relativeBase(a *corpus.Article) int {
	if a.Date.Year != 0 {
		return a.Date.Year
	}
	return a.Year
}

// attributeVerbs before a year make it part of what is named (申报2021年地方
// 政府专项债项目, 表彰为“2019年度…先进单位”, 部署2026年经济工作), not the
// time of the clause.
var attributeVerbs = []string{"申报", "获批", "表彰为", "评为", "获评", "授予", "列入", "纳入", "入选", "为", "编制", "谋划", "争取", "发行", "部署"}

// attributeYear reports whether a year written after before is an
// attribute of a noun: after one of attributeVerbs or an opening quote.
func attributeYear(before string) bool {
	before = strings.TrimRight(before, " \n")
	if strings.HasSuffix(before, "“") || strings.HasSuffix(before, "《") || strings.HasSuffix(before, "\"") {
		return true
	}
	return endsWithAny(before, attributeVerbs)
}
