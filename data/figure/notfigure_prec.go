package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// This file drops two more kinds of counts that are no statistics of the
// place: the count of the indicators a rank is told of (地区生产总值、规模以上
// 工业增加值、一般公共预算收入三项指标增速居全区第一: the scope of the rank,
// as the golds' notes of c04, c06, c18 and s05 say), and a count in Chinese
// numerals of the programmes a government carries out (深入践行八个“走在前、
// 作示范”, 统筹推进三个“一号工程”, 打好打赢了两场关键战役).

// indicatorNouns follow the count of indicators: 3项经济指标, 三项指标.
var indicatorNouns = []string{"主要经济指标", "经济指标", "主要指标", "指标"}

// indicatorRankVerbs and indicatorRankPlaces together say the indicators hold a numbered
// place (增速位居第二, 增速居全区第一, 增速位居头部, 居全市之首).
var (
	indicatorRankVerbs  = []string{"居", "排", "列", "位"}
	indicatorRankPlaces = []string{"第", "首位", "之首", "头部", "前列", "榜首", "前"} // 分列全市各区前3
	rateWords           = []string{"增速", "增幅"}
	// tallyMarks end the whole a count is a part of: 10项指标中3项, 其中有2项.
	tallyMarks = []string{"中", "中有", "其中", "有"}
)

// rankedIndicatorCount: N项指标增速位居第一 counts the indicators ranked,
// not the place. A tally without a rank verb or a rate (7项主要经济指标增速中，
// 有5项; 5项指标全国第一, d06) is what the text reports and stays.
func (x *extractor) rankedIndicatorCount(q quantity.Quantity) bool {
	if q.Unit != "项" {
		return false
	}
	if hasSuffixAny(compact(x.s[clauseStart(x.s, x.sentStart, q.Start):q.Start]), tallyMarks) {
		return false // 10项考核指标中3项指标增速排名全区前三: a part of a whole, reported
	}
	after := compact(x.s[q.End:min(len(x.s), q.End+90)]) // 增速在4个行政区中位居第二 is long
	for _, w := range indicatorNouns {
		if rest, ok := strings.CutPrefix(after, w); ok {
			seg := untilStop(rest)
			ranked := containsAny(seg, indicatorRankVerbs) || hasPrefixAny(seg, rateWords) // 3项指标增速全市第一
			return ranked && containsAny(seg, indicatorRankPlaces)
		}
	}
	return false
}

// programmeVerbs are what a government does to a programme, not to things
// it counts: 践行, 推进, 打赢 (两场战役), 守住 (两条底线).
var programmeVerbs = []string{"践行", "推进", "打赢", "打好", "守住", "守牢", "落实好", "贯彻"}

// programmeCount: a small count in Chinese numerals right after such a verb,
// of something quoted or of a campaign (统筹推进三个“一号工程”, 打好打赢了两
// 场关键战役), names a programme.
func programmeCount(q quantity.Quantity, before, after string) bool {
	if !q.Chinese || q.Value > 10 || !hasSuffixAny(strings.TrimSuffix(before, "了"), programmeVerbs) {
		return false
	}
	head := untilStop(after)
	return strings.HasPrefix(after, "“") || strings.HasPrefix(after, "\"") || containsAny(head, programmeHeads)
}

// programmeHeads name what such a count counts when it is not quoted:
// 两场关键战役, 两条底线. 推进三个重大项目 counts projects and stays.
var programmeHeads = []string{"战役", "底线", "攻坚战", "战略", "要求", "工程", "行动"}

// andAboveMarks join a bound to the class it opens when 及 stands before
// 以上 (5000万元及以上项目950个): the quantity then has no qualifier.
var andAboveMarks = []string{"及以上", "及以下"}

// andAboveClass: 5000万元及以上项目 is a class of projects, as 5000万元以上项目
// is (j05, and the city's 一季度 news it came from).
func (x *extractor) andAboveClass(q quantity.Quantity) bool {
	after := x.s[q.End:min(len(x.s), q.End+12)]
	for _, m := range andAboveMarks {
		if rest, ok := strings.CutPrefix(after, m); ok {
			r, _ := hanzi.DecodeRune(rest)
			return hanzi.IsHan(r)
		}
	}
	return sizeClass(q, after)
}

// sizeClass: an amount of money before 级 names a size class (100亿元级项目5
// 个、50亿元级项目10个; 千亿级产业集群): the counts after it are the figures.
func sizeClass(q quantity.Quantity, after string) bool {
	rest, ok := strings.CutPrefix(after, "级")
	if !ok || !strings.HasSuffix(q.Unit, "元") && q.Unit != "亿" && q.Unit != "万" {
		return false
	}
	r, _ := hanzi.DecodeRune(rest)
	return hanzi.IsHan(r)
}

// selectingBounds end the words between a count of units and the bound
// that selects them: 54个县域的GDP超过千亿元, 54个县GDP破千亿元.
var selectingBounds = []string{"超过", "超", "高于", "低于", "不足", "突破", "破", "逾"}

// unitTotalWords make the amount after a count the units' total, a figure
// (12个项目总投资超过50亿元), not the bound each unit passed.
var unitTotalWords = []string{"总", "合计", "累计", "共", "共计"}

// boundOfCount: an amount right after a count of units and the measure they
// are selected by (我国有54个县域的GDP超过千亿元) is the bound that selects
// them: the count is the figure.
func (x *extractor) boundOfCount(q quantity.Quantity) bool {
	cs := clauseStart(x.s, x.sentStart, q.Start)
	before := compact(x.s[cs:q.Start])
	if !hasSuffixAny(before, selectingBounds) {
		return false
	}
	i := x.qAfter(q.Start)
	if i == 0 || x.qs[i-1].Start < cs {
		return false
	}
	p := x.qs[i-1]
	if p.Unit != "个" && p.Unit != "家" {
		return false
	}
	between := compact(x.s[p.End:q.Start])
	return between != "" && !containsAny(between, unitTotalWords) && !containsAnyOf(between, "0123456789")
}

// adminUnits are the units a place is divided into (琼山区辖4个街道、7个镇,
// 37个社区和74个行政村): its composition, which the golds do not count (c04).
var adminUnits = []string{"街道", "乡镇", "镇", "乡", "社区", "行政村", "自然村", "村", "居委会", "村委会",
	"居民委员会", "村民委员会", "村民小组", "村(居)委会", "村（居）委会", "居", "苏木", "嘎查"}

// adminUnitEnds may follow the unit's noun: the end of the list, a joining
// word, or the next count (14个镇6个街道326个行政村).
const adminUnitEnds = "，,。；;、和及与0123456789)）\n"

// adminComposition: a count of such units in a sentence that says what the
// place governs (辖, 下辖, 管辖), not in 辖区 (the area under it).
func (x *extractor) adminComposition(q quantity.Quantity) bool {
	if q.Unit != "个" {
		return false
	}
	after := x.s[q.End:min(len(x.s), q.End+24)]
	noun := ""
	for _, u := range adminUnits {
		if strings.HasPrefix(after, u) && len(u) > len(noun) {
			noun = u
		}
	}
	if noun == "" {
		return false
	}
	if rest := after[len(noun):]; rest != "" {
		r, _ := hanzi.DecodeRune(rest)
		if !strings.ContainsRune(adminUnitEnds, r) {
			return false // 村集体经济: a longer word
		}
	}
	sent := x.s[x.sentStart:q.Start]
	k := strings.LastIndex(sent, "辖")
	return k >= 0 && !strings.HasPrefix(sent[k:], "辖区") && !strings.HasPrefix(sent[k:], "辖内")
}

// surveyNames follow the sampling fraction that names a survey (据2022年全省
// 5‰人口变动抽样调查推算): the fraction is the survey's design, not a rate of
// the place (c20, s08).
var surveyNames = []string{"人口变动抽样调查", "人口抽样调查", "抽样调查"}

// countedNames follow a count that is part of a statistical name: 猪牛羊禽
// 四种肉产量 (h01, q07) is one indicator, not four of something.
var countedNames = []string{"种肉"}

// partOfName: the number belongs to the name written around it.
func (x *extractor) partOfName(q quantity.Quantity) bool {
	after := x.s[q.End:min(len(x.s), q.End+30)]
	if q.Unit == "‰" || q.Unit == "%" {
		return hasPrefixAny(strings.TrimLeft(after, blanks), surveyNames)
	}
	return q.Unit == "种" && hasPrefixAny(after, []string{"肉"}) || hasPrefixAny(after, countedNames)
}

// eventVenues are the places a ceremony is held in (共设1个主会场和19个分会场,
// 4个分现场): counts of them describe the event, not the place's economy.
var eventVenues = []string{"主会场", "分会场", "主现场", "分现场", "会场"}

// eventVenueCount: see eventVenues.
func eventVenueCount(q quantity.Quantity, after string) bool {
	return hasPrefixAny(after, eventVenues)
}

// headlineBounds before an amount in a headline round the figure the body
// then writes exactly: 一至七月全市园区主营收入超1500亿元 (q10), 重庆集中签约超
// 2000亿元重大招商项目 (body: 2086.7亿元).
var headlineBounds = []string{"超", "超过", "突破", "逾", "破", "近"}

// headlineBound: a bound in the first line whose unit the body writes again
// with a value at or a little above it (up to half as much again).
func (x *extractor) headlineBound(q quantity.Quantity) bool {
	nl := strings.IndexByte(x.s, '\n')
	if nl < 0 || q.Start > nl || q.Unit == "" {
		return false
	}
	before := compact(x.s[max(0, q.Start-9):q.Start])
	if !hasSuffixAny(before, headlineBounds) && !matchAny(q.Qualifier, headlineBounds) {
		return false
	}
	for _, o := range x.qs[x.qAfter(nl):] {
		if o.Unit == q.Unit && o.Value >= q.Value && o.Value < q.Value*1.5 {
			return true
		}
	}
	return false
}
