package figure

import (
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// This file drops more numbers that are names, scopes or milestones rather
// than statistics, each marked by the words around it (the tables below):
// a number in a document's title (《促进经济平稳增长的十二条措施》), a policy
// package (稳经济47条、助企纾困22条, “稳增长20条”), the scope of a distinction
// or a rank (全国15个县市区之一, 在全国27个省会城市中…排名第一), a milestone
// crossed (突破百亿元大关, 突破5万关口, 税收过千万元企业, 越过800、900亿斤四个台阶)
// and a slogan in quotes (“三个代表, 八个“走在前、作示范”).

// policyNouns end the list of a policy package (稳经济47条、助企纾困22条等措施);
// a closing quote ends a single one (“稳增长20条”). Roads and lanes counted
// in 条 (城市道路15条、背街小巷37条) end in neither.
var policyNouns = []string{"措施", "政策", "举措", "意见", "办法", "条例"}

// countLeadIns before N条 make it a count of articles: 出台政策措施共20条.
var countLeadIns = []string{"共", "计", "了", "达", "出台", "制定", "梳理", "提出", "修订", "新增"}

// distinctionEnds close the scope of a distinction: 为全国15个县市区之一.
var distinctionEnds = []string{"之一"}

// rankLeadIns follow the scope of a rank: 在全省16个地级市中排名第三.
var rankLeadIns = []string{"排名", "排", "居", "位居", "位列", "名列", "列", "第", "增速", "总量"}

// milestoneNouns follow a round amount crossed: 突破百亿元大关, 5万关口.
var milestoneNouns = []string{"大关", "关口"}

// crossingWords precede a round amount written in words, which then only
// classifies: 税收过千万元企业, 出生人口超百万, 再破千亿.
var crossingWords = []string{"突破", "超过", "超", "过", "破", "跨越", "跨", "迈上", "迈过", "越过", "站上", "逾"}

// magnitudeWords open an amount written as a bare order of magnitude.
const magnitudeWords = "十百千万亿"

// blanks are trimmed off the edges of the text around a number.
const blanks = " \t\r\n\u3000\u00a0"

// clauseStops end the stretch of text a scope or a list of steps lies in.
const clauseStops = "，,。；;：:！!？?\n"

// unitWords: a unit followed by these is part of a word, not a count:
// 两位数增长 (double-digit growth), 50年一遇 (a design standard), 2023镇域经济
// 500强 (镇域, a town's territory: the year of a list's name).
var unitWords = map[string]string{"位": "数", "年": "一遇", "镇": "域"}

// pageCounters precede a publication's own tallies (阅读 2.3万, 点击量:5483,
// 共印20份): its readers and print run, not the place's statistics.
var pageCounters = []string{"阅读", "阅读量", "阅读数", "浏览", "浏览量", "浏览次数", "点击", "点击量", "点击数",
	"点赞", "评论", "转发", "收藏", "分享", "共印", "印数"}

// spanMarks join the first of two numbers of a span: 第1—3季度.
var spanMarks = []string{"—", "-", "－", "~", "～", "至", "到"}

// spanEnds close a span of periods (第1—3季度, 1至3月).
var spanEnds = []string{"季度", "季", "月", "周", "年", "期"}

// namedNumber reports whether quantity q is one of the numbers above.
func (x *extractor) namedNumber(q quantity.Quantity, kind Kind) bool {
	// blanks only at the edges matter here; compacting every window would
	// cost a tenth of extraction's time
	before := strings.TrimRight(x.s[max(0, q.Start-30):q.Start], blanks)
	after := strings.TrimLeft(x.s[q.End:min(len(x.s), q.End+60)], blanks)
	if w, ok := unitWords[q.Unit]; ok && strings.HasPrefix(after, w) {
		return true
	}
	if kind == Rank && (periodSpan(after) || listOrdinal(before, after) && !x.placeAfterOrdinal(q.End)) || // 第三是洞口县 ranks
		hasSuffixAny(trimRightSet(before, ":："), pageCounters) {
		return true
	}
	if strings.HasSuffix(before, "每") || x.frequency(q) {
		return true // 每100平方米不少于1个: a denominator; 每季度召开1次: a rule
	}
	if x.inBookTitle(q.Start) || x.milestone(q, before, after) {
		return true
	}
	if kind != Count {
		return x.criterion(q, before) || x.boundOfCount(q)
	}
	return x.policyPackage(q, before) || x.packageMade(q, before) || scopeCount(before, after) || rankAmong(before, after) || topBracket(before, q) || quotedSlogan(q, before)
}

// inBookTitle: the number stands between 《 and 》 on its line.
func (x *extractor) inBookTitle(at int) bool {
	line := x.s[max(0, at-120):at]
	if k := lastIndexByte(line, '\n'); k >= 0 {
		line = line[k+1:]
	}
	open := lastIndex(line, "《")
	if open < 0 || lastIndex(line, "》") > open {
		return false
	}
	rest := x.s[at:min(len(x.s), at+120)]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, "》")
}

// policyPackage: 稳经济47条、助企纾困22条等措施, “稳增长20条”: a package's name.
func (x *extractor) policyPackage(q quantity.Quantity, before string) bool {
	if q.Unit != "条" || hasSuffixAny(before, countLeadIns) {
		return false
	}
	after := compact(x.s[q.End:min(len(x.s), q.End+120)]) // a list of packages is long
	r, _ := hanzi.DecodeLastRune(before)
	if r < 0x4e00 || r > 0x9fff {
		return false
	}
	seg := untilStop(after)
	return strings.HasPrefix(after, "”") || strings.HasPrefix(seg, "、") && containsAny(seg, policyNouns) ||
		hasPrefixAny(seg, []string{"等措施", "等政策", "措施", "政策"})
}

// packageVerbs open a clause that makes documents (配套制定稳经济40条、推进工业
// 经济高质量发展36条): what they make counted in 条 right after a goal is a
// package's name, not a count.
var packageVerbs = []string{"制定", "出台", "印发", "推出", "细化"}

// packageMade: 配套制定稳经济40条、推进工业经济高质量发展36条, 细化完善…服务市场
// 主体任务261条 — N条 right after the goal a document-making verb opened
// (each member of its list after the first too) is a package's size. What
// is counted by its articles (制定措施20条, 出台政策措施共20条) stays.
func (x *extractor) packageMade(q quantity.Quantity, before string) bool {
	if q.Unit != "条" || hasSuffixAny(before, countLeadIns) {
		return false
	}
	clause := x.s[max(0, q.Start-150):q.Start]
	if k := lastIndexAnyOf(clause, clauseStops); k >= 0 {
		clause = clause[k:]
	}
	k := -1
	for _, v := range packageVerbs {
		if j := strings.Index(clause, v); j >= 0 && (k < 0 || j < k) {
			k = j + len(v)
		}
	}
	if k < 0 {
		return false
	}
	goal := clause[k:]
	if j := strings.LastIndex(goal, "条、"); j >= 0 {
		goal = goal[j+len("条、"):] // the next member of a list of packages
	}
	return runeLen(goal) >= 2 && !hasSuffixAny(goal, policyNouns)
}

// scopeCount: 为全国15个县市区之一, 在全国27个省会城市中，增速排名第一. A
// scope followed by other counts (在全省40个工业大类行业中，有26个…) is a
// figure and stays.
func scopeCount(before, after string) bool {
	if !strings.Contains(after, "之一") && !strings.Contains(after, "中") {
		return false // the common case, without scanning for a clause's end
	}
	seg := untilStop(after)
	if hasSuffixAny(seg, distinctionEnds) {
		return true
	}
	k := strings.LastIndex(seg, "中")
	if k < 0 || !strings.Contains(lastRunes(before, 6), "在") {
		return false
	}
	rest := dropRankAdverbsBefore(trimLeftSet(after[k+len("中"):], "，, "))
	return hasPrefixAny(rest, rankLeadIns)
}

// milestone: a round amount crossed that only restates the exact figure
// beside it (完成107.2亿元，稳定突破百亿元大关; 突破5万关口、达到5.28万元) or
// classifies (税收过千万元企业), or one of the steps counted after a list
// (越过800、900、1000、1100亿斤四个台阶). A round amount before 大关 or 关口
// is a threshold even alone (总产值突破1000亿元大关, 旅客吞吐量突破200万大关:
// not gold in a07, f05, h10, x02); a bare 突破百亿元 alone stays.
func (x *extractor) milestone(q quantity.Quantity, before, after string) bool {
	last, _ := hanzi.DecodeLastRune(q.Text)
	first, _ := hanzi.DecodeRune(strings.TrimSpace(q.Text))
	bare := magnitudeRune(first) || roundInWords(q.Text)
	if bare && (strings.HasPrefix(string(last)+after, "台阶") || strings.HasPrefix(after, "台阶") || hasPrefixAny(after, classNouns) || streakMilestone(before)) {
		return true
	}
	if hasPrefixAny(after, milestoneNouns) {
		return true // 突破200万大关, 逼近300亿元大关: the round bound, never the figure
	}
	crossed :=
		bare && (hasSuffixAny(before, crossingWords) || matchAny(q.Qualifier, crossingWords))
	if crossed {
		return x.exactBeside(q)
	}
	return countedSteps(q, after)
}

// classNouns after a round amount make it a class: 过千万元企业.
var classNouns = []string{"企业", "项目", "大项目", "户", "家"}

// besideGap is how many characters may part a milestone from the exact
// figure it restates.
const besideGap = 6

// exactBeside: the quantity just before or after q, a few characters away,
// is written in q's unit (亿元 beside 亿元, 万元 beside 万).
func (x *extractor) exactBeside(q quantity.Quantity) bool {
	i := sort.Search(len(x.qs), func(k int) bool { return x.qs[k].Start >= q.Start })
	if x.besideSkipsDate(q, i) {
		return true
	}
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(x.qs) {
			continue
		}
		o := x.qs[k]
		from, to := o.End, q.Start
		if k > i {
			from, to = q.End, o.Start
		}
		if from > to || runeLen(compact(x.s[from:to])) > besideGap {
			continue
		}
		if q.Unit != "" && o.Unit != "" && (strings.HasPrefix(o.Unit, q.Unit) || strings.HasPrefix(q.Unit, o.Unit)) {
			return true
		}
	}
	return false
}

// countedSteps: the numbers of a list followed by 四个台阶 (两个关口) are
// steps.
func countedSteps(q quantity.Quantity, after string) bool {
	if !strings.Contains(after, "个") {
		return false
	}
	seg := untilStop(after)
	k := indexStepCount(seg)
	if k <= 0 {
		return false
	}
	between := seg[:k]
	if q.Unit != "" {
		between = strings.ReplaceAll(between, q.Unit, "")
	}
	return trimSet(between, "0123456789.、一二三四五六七八九十两") == ""
}

// quotedSlogan: a count in Chinese numerals just inside an opening quote
// (“三个代表, “两个确保”). One just before a quote may count what is quoted
// (六个“全国百强县”) and stays.
func quotedSlogan(q quantity.Quantity, before string) bool {
	return q.Chinese && strings.HasSuffix(before, "“")
}

// untilStop is s up to the first mark that ends a clause.
func untilStop(s string) string {
	if k := indexAnyOf(s, clauseStops); k >= 0 {
		return s[:k]
	}
	return s
}

// criterionBounds precede the bound a count of units is selected by.
var criterionBounds = []string{"超过", "超", "高于", "低于", "不低于", "不足", "在"}

// countHeads may open a clause before the count of units it selects.
var countHeads = []string{"共有", "其中", "有"}

// criterion: 8个市县城镇固定资产投资增速超过50%: the clause counts the
// units past a bound; the bound selects them and is not their figure.
func (x *extractor) criterion(q quantity.Quantity, before string) bool {
	if !hasSuffixAny(before, criterionBounds) && !matchAny(q.Qualifier, criterionBounds) {
		return false
	}
	cl := x.s[max(0, q.Start-90):q.Start]
	if k := strings.LastIndexAny(cl, clauseStops); k >= 0 {
		_, size := hanzi.DecodeRune(cl[k:])
		cl = cl[k+size:]
	}
	cl = compact(cl)
	for _, h := range countHeads {
		cl = strings.TrimPrefix(cl, h)
	}
	n := len(cl) - len(trimLeftSet(cl, "0123456789一二三四五六七八九十两"))
	return n > 0 && hasPrefixAny(cl[n:], []string{"个", "家"})
}

// periodSpan: after an ordinal, —3季度 makes it the start of a span of
// periods (第1—3季度), not a rank.
func periodSpan(after string) bool {
	rest, mark := trimPrefixes(after, spanMarks)
	if mark == "" {
		return false
	}
	n := len(rest) - len(trimLeftSet(rest, "0123456789一二三四五六七八九十"))
	return n > 0 && hasPrefixAny(rest[n:], spanEnds)
}

// itemOpeners end the text before an ordinal that numbers an item
// (…增长5.5%。第二，新增…); a colon is no opener (排名：第一).
const itemOpeners = "。；;！!？?，,"

// itemMarks follow an ordinal that numbers an item: 第一，第二、.
var itemMarks = []string{"，", ",", "、", "是"}

// listOrdinal: 第一，经济运行稳中有进: an ordinal opening a sentence or a
// clause and followed by a comma numbers an item, it ranks nothing.
func listOrdinal(before, after string) bool {
	if !hasPrefixAny(after, itemMarks) {
		return false
	}
	r, _ := hanzi.DecodeLastRune(before)
	return before == "" || strings.ContainsRune(itemOpeners, r)
}

// frequencyUnits count how often something is done.
var frequencyUnits = []string{"次", "回", "遍"}

// frequency: 每季度召开1次调度会: how often a clause beginning with 每 says
// a thing is done is a rule, not a tally.
func (x *extractor) frequency(q quantity.Quantity) bool {
	if !matchAny(q.Unit, frequencyUnits) {
		return false
	}
	cl := x.s[max(0, q.Start-60):q.Start]
	if k := strings.LastIndexAny(cl, clauseStops); k >= 0 {
		_, size := hanzi.DecodeRune(cl[k:])
		cl = cl[k+size:]
	}
	return strings.HasPrefix(compact(cl), "每")
}

// rangeKind: the upper bound of a range (年均增长6%—7%) is of the lower
// bound's kind, which its verb decided.
func (x *extractor) rangeKind(i int, kind Kind) Kind {
	if i == 0 || x.outOf[i-1] < 0 {
		return kind
	}
	p, q := x.qs[i-1], x.qs[i]
	if p.Unit != q.Unit || !matchAny(compact(x.s[p.End:q.Start]), spanMarks) {
		return kind
	}
	return x.out[x.outOf[i-1]].Kind
}
