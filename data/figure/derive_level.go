package figure

import (
	"github.com/zhibiao/zhibiao/data/fileio"

	"fmt"
	"math"
	"strings"
)

// Levels the text implies from a level and a rate written beside it:
// last year's level from this year's and its growth, a total from a part
// and its share, a plan from what was done and how much of it.

// realGrowth names are of indicators whose growth is at comparable prices
// or of an index: their growth does not give last year's written level.
// Farm output (农林牧渔业总产值, 渔业产值) is reported at comparable prices.
var realGrowth = []string{"生产总值", "GDP", "增加值", "价格", "指数", "CPI", "PPI", "农林牧渔", "农业产值", "林业产值", "牧业产值", "渔业产值", "农业总产值"}

// notPlainGrowth words before a growth rate make it other than the change
// of the written level from the same period a year before: another base
// (较年初, 环比), or prices held constant (按可比价格计算, 实际增长).
var notPlainGrowth = []string{"年初", "环比", "上月", "上季", "月初", "上半年", "一季度", "可比", "实际", "不变价", "扣除价格"}

// declineVerbs make a growth rate a fall; 降 and 减 alone are the short
// forms (比上年减少8.7亿斤，减7.5%).
var declineVerbs = []string{"下降", "降低", "减少", "回落", "下滑", "下跌", "压减", "缩小", "压缩", "缩短", "负增长", "减产", "降", "减"}

// deriveLastLevel: 新增市场主体1.2万户，同比增长20% ⇒ 1.0万户 the year
// before. The level must be written right before its growth, of the same
// name, and not itself an increase (较2020年增加129亿元, 增幅13.3%).
func (x *extractor) deriveLastLevel(d derivation) {
	f := d.f
	if f.Kind != Growth || d.first != d.last || f.Unit != "%" || d.cl.growthVerb == "" ||
		containsAny(d.cl.raw, notPlainGrowth) || containsAny(f.Name, realGrowth) {
		return
	}
	level, ok := x.rateLevel(d)
	if !ok {
		return
	}
	decline := containsAny(d.cl.growthVerb, declineVerbs)
	v, shownDec, op, ok := lastLevel(level, f, decline)
	if !ok {
		return
	}
	year, when := yearBefore(level.Year), " (上年)"
	if y := comparedYear(x, f, d.cl); y != 0 {
		year, when = yearPtr(y), whenName(y, level.Year) // 比2007年增长60.9%
	}
	g := derivedAt(x, d, level)
	g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind = v, level.Unit, fileio.Round(v*scaleOf(level), 4), level.NormUnit, level.Kind
	g.Name, g.Year = level.Name+when, year
	g.DerivedFrom = fmt.Sprintf("%s "+op+" = %s%s", compact(level.Text), num(f.Value), shown(v, shownDec), level.Unit)
	x.addDerived(g)
}

// rateLevel finds the level a growth rate is of: written right before it
// (or before the increment between them), of the same name, not itself
// an increase.
func (x *extractor) rateLevel(d derivation) (Figure, bool) {
	f := d.f
	j, ok := x.before(d.k, nil)
	if !ok {
		return Figure{}, false
	}
	gap := 60
	if k, ok := x.before(j, nil); ok && x.increment(j) && !x.increment(k) && x.out[j].NormUnit == x.out[k].NormUnit && x.out[j].Kind == x.out[k].Kind {
		// 1.2万户，比上年增加0.2万户，同比增长20%: the rate is of the level
		// before the increment, and two readings of last year's level that
		// disagree cancel in addDerived
		j, gap = k, 90
	}
	level := x.out[j]
	if level.Kind != Level && level.Kind != Count && level.Kind != Physical || level.Qualifier != "" ||
		!sameSubject(level.Name, f.Name) || !x.cleanGap(level, f, gap) ||
		hasSuffixAny(x.s[:level.Start], growthVerbs) || hasSuffixAny(x.s[:level.Start], []string{"新增", "增加", "减少"}) ||
		containsAny(x.s[level.End:f.Start], notPlainGrowth) {
		return Figure{}, false // 农林牧渔业总产值35.25亿元，按可比价格计算，比上年增长4.9%
	}
	return level, true
}

// lastLevel works out the level of the year before from level and its
// rate f (a fall when decline), rounded as the inputs allow; op is the
// arithmetic for derived_from.
func lastLevel(level, f Figure, decline bool) (v float64, shownDec int, op string, ok bool) {
	rate := 1 + f.Value/100
	op = "÷ (1 + %s%%)"
	if decline {
		rate, op = 1-f.Value/100, "÷ (1 − %s%%)"
	}
	v = level.Value / rate
	if !usable(v) || !usable(rate) {
		return 0, 0, "", false
	}
	// a level keeps the decimals it was written with (951.1亿元, as the
	// bulletins print last year's level); a count of single things is whole,
	// or rounded further when the rate's rounding leaves its units unknown
	dec := decimals(level.Text)
	if level.Kind == Count && scaleOf(level) == 1 {
		dec = knownDecimals(level.Value, f.Value, decimals(f.Text), 0, decline)
	}
	v, shownDec = roundSignificant(v, 0, dec)
	if level.Kind == Count && scaleOf(level) == 1 && dec >= 0 {
		if v, ok = wholeCount(level.Value / rate); !ok {
			return 0, 0, "", false
		}
	}
	return v, shownDec, op, true
}

// knownDecimals lowers dec until the last digit kept is no finer than what
// the rate's own rounding leaves unknown:
// 12345户 after 同比增长3.7% (3.65% to 3.75%) was 11899 to 11910 户 a
// year before, so 11900, not 11904.5.
func knownDecimals(level, rate float64, rateDec, dec int, decline bool) int {
	h := 0.5 * math.Pow(10, -float64(rateDec))
	lo, hi := 1+(rate-h)/100, 1+(rate+h)/100
	if decline {
		lo, hi = 1-(rate+h)/100, 1-(rate-h)/100
	}
	if lo <= 0 || hi <= 0 {
		return dec
	}
	width := level/lo - level/hi
	for dec > -15 && math.Pow(10, -float64(dec)) < width {
		dec--
	}
	return dec
}

// increment reports whether out[j] is a change written after its verb
// (增加0.2万户, 增长1.4亿斤, 增长60.9%) rather than a level.
func (x *extractor) increment(j int) bool {
	g := x.out[j]
	return hasSuffixAny(x.s[:g.Start], growthVerbs) || hasSuffixAny(x.s[:g.Start], []string{"增加", "减少"})
}

// derivePlanWords name what a completion rate is of: the plan, not a total.
var derivePlanWords = []string{"计划", "目标", "任务"}

// wholeWords are a total named by how much of it there is (占全市总量的23%):
// the total is of the part's own name.
var wholeWords = []string{"总量", "总数", "总额", "总和"}

// shareObject reads what a share is of from the words before it:
// "，占一般公共预算支出的" gives 一般公共预算支出, "，占常住人口的比重为"
// gives 常住人口, "、为年度计划的" gives 年度计划. ok is false when the
// words do not say 占 or 为 … 的.
func shareObject(raw string) (obj string, ok bool) {
	raw = dropParens(compact(raw))
	k, link := -1, ""
	for _, l := range []string{"占", "为", "完成"} {
		if j := lastIndex(raw, l); j >= 0 {
			k, link = j, l
			break
		}
	}
	if k < 0 {
		return "", false
	}
	obj = raw[k+len(link):]
	if link == "完成" && !containsAny(obj, derivePlanWords) {
		return "", false // 完成年度计划112.2%: only a plan is completed
	}
	for _, w := range [][]string{{"达到", "约为", "为", "达", "是"}, {"比重", "占比", "比例"}, {"的"}} {
		obj, _ = trimSuffixes(obj, w)
	}
	if obj == "" || strings.ContainsAny(obj, "，,、；;：:（）()") || runeLen(obj) > 16 {
		return "", false
	}
	return obj, true
}

// totalOf names the total a share is of, and whose it is: 年度计划 of the
// part's own thing, 全市总量 of the city, 北京市 of that place, or a named
// total (一般公共预算支出) of the part's place.
func (x *extractor) totalOf(obj string, part Figure) (name, region string) {
	own := trimLeading(part.Name, []string{"完成", "实现"})
	region = part.Region
	if containsAny(obj, derivePlanWords) {
		return strings.TrimSuffix(strings.Replace(own, "完成", "", 1), "额") + " (" + obj + ")", region
	}
	rest := obj
	if w := runePrefix(obj, 2); w == "全国" {
		region, rest = "全国", obj[len(w):]
	} else if containsAny(w, benchmarkWords) {
		region, rest = "", obj[len(w):] // 全市 of a place the gazetteer does not know
		if p, ok := x.pl.selfPlace(w); ok {
			region = p.Name // 占全市地区生产总值的7.6%
		}
	} else if t, place := x.trimPlace(obj); place != "" {
		region, rest = place, t // 占北京市的比重为7.2%
	}
	if rest == "" {
		return own, region
	}
	if _, w := trimSuffixes(rest, wholeWords); w == rest {
		return own + " (" + obj + ")", region // 占全市总量的23%
	}
	return rest, region
}

func trimLeading(s string, words []string) string {
	for _, w := range words {
		if t := strings.TrimPrefix(s, w); t != "" {
			s = t
		}
	}
	return s
}

// deriveTotal: 民生支出7.2亿元，占一般公共预算支出的79.7% ⇒ 一般公共预算
// 支出 9.0亿元; 完成投资43.44亿元，占年度投资目标的162.7% ⇒ the target
// 26.70亿元. The part is the figure written before the share (a growth
// between them is passed over) and the share is named after it.
func (x *extractor) deriveTotal(d derivation) {
	f := d.f
	if f.Kind != Share || d.first != d.last || f.Unit != "%" || f.Qualifier != "" {
		return
	}
	obj, ok := shareObject(d.cl.raw)
	if !ok {
		return
	}
	j, ok := x.before(d.k, func(g Figure) bool { return g.Kind == Growth })
	if !ok {
		return
	}
	part := x.out[j]
	plan := containsAny(obj, derivePlanWords)
	if part.Kind != Level && part.Kind != Count && part.Kind != Physical || part.Qualifier != "" ||
		!(strings.HasPrefix(f.Name, part.Name) || plan && strings.HasSuffix(f.Name, obj)) || part.Name == "" || !x.cleanGap(part, f, 90) ||
		!plan && f.Value >= 100 {
		return
	}
	v := part.Value / (f.Value / 100)
	if !usable(v) {
		return
	}
	v, dec := roundSignificant(v, significant(part.Text, f.Text), decimals(part.Text))
	g := derivedAt(x, d, part)
	g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind = v, part.Unit, fileio.Round(v*scaleOf(part), 4), part.NormUnit, part.Kind
	g.Year = part.Year
	g.Name, g.Region = x.totalOf(obj, part)
	if plan && containsAny(obj, wholeYearPlans) {
		g.Period = "" // 占年度计划投资的52.1% in a release of the half: the plan is the year's
	}
	g.DerivedFrom = fmt.Sprintf("%s ÷ %s%% = %s%s", compact(part.Text), num(f.Value), shown(v, dec), part.Unit)
	x.addDerived(g)
}

// wholeYearPlans mark a plan derived from the share of it done as the
// whole year's: 占年度计划投资的52.1%, 完成全年目标的55%.
var wholeYearPlans = []string{"年度", "全年"}

// derivePlanFromExcess: 已完成投资52.7亿元，超投资计划24个百分点 ⇒ 124% of
// the plan, and the plan 42.5亿元.
func (x *extractor) derivePlanFromExcess(d derivation) {
	f := d.f
	raw := compact(d.cl.raw)
	raw = trimLeftSet(raw, "，,、")
	if f.Kind != PPChange || d.first != d.last || !strings.HasPrefix(raw, "超") || !containsAny(raw, derivePlanWords) {
		return
	}
	j, ok := x.before(d.k, nil)
	if !ok {
		return
	}
	part := x.out[j]
	if part.Kind != Level && part.Kind != Count && part.Kind != Physical || part.Name == "" || !x.cleanGap(part, f, 40) {
		return
	}
	done := 100 + f.Value
	v := fileio.Round(part.Value/(done/100), decimals(part.Text))
	if !usable(v) {
		return
	}
	obj := strings.TrimPrefix(strings.TrimPrefix(raw, "超过"), "超")
	base := strings.TrimSuffix(strings.Replace(part.Name, "完成", "", 1), "额")
	rate := derivedAt(x, d, part)
	rate.Value, rate.Unit, rate.NormValue, rate.NormUnit, rate.Kind = done, "%", done, "%", Share
	rate.Name, rate.Year = base+" ("+obj+"完成率)", part.Year
	rate.DerivedFrom = fmt.Sprintf("100%% + %s = %s%%", compact(f.Text), num(done))
	x.addDerived(rate)
	plan := derivedAt(x, d, part)
	plan.Value, plan.Unit, plan.NormValue, plan.NormUnit, plan.Kind = v, part.Unit, fileio.Round(v*scaleOf(part), 4), part.NormUnit, part.Kind
	plan.Name, plan.Year = base+" ("+obj+")", part.Year
	if containsAny(obj, wholeYearPlans) {
		plan.Period = "" // 超年度计划24个百分点: the year's plan
	}
	plan.DerivedFrom = fmt.Sprintf("%s ÷ %s%% = %s%s", compact(part.Text), num(done), shown(v, decimals(part.Text)), part.Unit)
	x.addDerived(plan)
}

// runePrefix is the first n characters of s.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// deriveExcess: 完成投资121.7亿元、占年度计划的131% ⇒ 超年度计划31个百分点;
// with 分别, each completion rate of the list. A shortfall is left as
// written (完成91.7%).
func (x *extractor) deriveExcess(d derivation) {
	obj, ok := shareObject(d.cl.raw)
	if !ok || !containsAny(obj, derivePlanWords) {
		return
	}
	for i := d.first; i <= d.last; i++ {
		k := x.outOf[i]
		if k < 0 {
			continue
		}
		f := x.out[k]
		if f.Kind != Share || f.Unit != "%" || f.Qualifier != "" || f.Name == "" || f.Value <= 100 {
			continue
		}
		dec := decimals(f.Text)
		v := fileio.Round(f.Value-100, dec)
		base := f.Name
		if j := strings.Index(base, "占"); j > 0 {
			base = base[:j] // 完成投资占年度投资计划比重
		}
		base = strings.TrimSuffix(strings.TrimSuffix(base, obj), "完成") // 省重点项目完成年度投资计划
		if base == "" {
			// 完成投资40.42亿元，完成年度计划112.2%: the share is named by
			// the plan; what was done is the figure before
			j, ok := x.before(k, func(g Figure) bool { return g.Kind == Growth })
			if !ok || x.out[j].Name == "" || !x.cleanGap(x.out[j], f, 90) {
				continue
			}
			base = x.out[j].Name
		}
		g := derivedAt(x, d, f)
		g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind = v, "个百分点", v, "pp", PPChange
		g.Name, g.Year = strings.Replace(base, "完成", "", 1)+" (超"+obj+")", f.Year
		g.DerivedFrom = fmt.Sprintf("%s − 100%% = %s个百分点", compact(f.Text), shown(v, dec))
		x.addDerived(g)
	}
}
