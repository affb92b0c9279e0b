package figure

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// derive adds the figures the text implies from the list first..last
// (just written) and the figures before it in its sentence. Each form is
// its own rule; a rule that does not recognise its form does nothing:
//
//   - 增长5.0%，高于2023年1.2个百分点 ⇒ 2023 growth 3.8% (高于全市: the city's);
//   - 新增49家，总数达520家 ⇒ 471 at the start;
//   - 282个，较2020年增加54个 ⇒ 228 in 2020;
//   - 1.2万户，同比增长20% ⇒ 1.0万户 the year before;
//   - 7.2亿元，占一般公共预算支出的79.7% ⇒ 一般公共预算支出 9.0亿元, and
//     the plan from 占年度计划的131% (and the excess, 31个百分点) or from
//     超投资计划24个百分点;
//   - 由年初的40%提高到76.5% ⇒ +36.5个百分点;
//   - 支持资金5000万元，已到位资金3500万元 ⇒ 到位率 70%;
//   - 城镇人口占比61.2% ⇒ 乡村人口占比 38.8%.
func (x *extractor) derive(first, last int, cl clause, ss, se int) {
	k := x.outOf[last]
	if k < 0 {
		return
	}
	d := derivation{first: first, last: last, cl: cl, ss: ss, se: se, k: k, f: x.out[k]}
	switch f := d.f; {
	case f.Kind == PPChange && (cl.compYear || benchmarkWord(cl.comparison) != ""):
		x.derivePreviousRate(first, last, cl, ss, se)
	case (f.Kind == Count || f.Kind == Level || f.Kind == Physical) && cl.compYear && cl.growthVerb != "":
		x.deriveBase(k, cl, ss, se)
	case f.Kind == Count:
		x.deriveStart(k, cl, ss, se)
	}
	for _, rule := range [...]func(*extractor, derivation){
		(*extractor).deriveLastLevel,
		(*extractor).deriveTotal,
		(*extractor).derivePlanFromExcess,
		(*extractor).deriveExcess,
		(*extractor).deriveFromTo,
		(*extractor).deriveArrivalRate,
		(*extractor).deriveRemainder,
	} {
		rule(x, d)
	}
}

// derivePreviousRate: a difference in percentage points with a year gives
// that year's rate; with 高于全市 it gives the city's rate of the same
// year. With 分别, the n-th difference goes with the n-th of the rates
// before; alone, the rate is the one right before, of the same name.
func (x *extractor) derivePreviousRate(first, last int, cl clause, ss, se int) {
	var run []int
	for i := first; i <= last; i++ {
		if k := x.outOf[i]; k >= 0 {
			run = append(run, k)
		}
	}
	if len(run) == 0 {
		return
	}
	rates := x.ratesOf(run, first, last)
	if rates == nil {
		return
	}
	year, region := comparedYear(x, x.out[run[0]], cl), ""
	if !cl.compYear {
		// 分别高于全国、全区0.2、0.1个百分点: one rate against two places
		p, ok := x.pl.selfPlace(benchmarkWord(cl.comparison))
		if !ok || len(run) > 1 {
			return
		}
		year, region = 0, p.Name
	}
	if year == 0 && region == "" {
		return
	}
	for n, k := range run {
		rate, diff := x.out[rates[n]], x.out[k]
		if rate.Name == "" || rate.Unit != "%" || region != "" && (rate.Region != diff.Region || rate.Region == region) {
			continue // 全省增长5.1%，我市高于全省0.3个百分点: the rate is the benchmark's
		}
		if rate.End > diff.Start || x.columnBreak(rate.Start, diff.Start) != 0 {
			continue // the rate and its difference in two columns of OCR
		}
		v := fileio.Round(rate.Value-float64(cl.compSign)*diff.Value, maxDecimals(rate, diff))
		op := "−"
		if cl.compSign < 0 {
			op = "+"
		}
		g := Figure{
			Doc: rate.Doc, Start: ss, End: se, Text: x.s[ss:se],
			Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: rate.Kind,
			Name: rate.Name + whenName(year, rate.Year), Region: rate.Region, Year: yearPtr(year), Period: rate.Period, Derived: true,
			DerivedFrom: fmt.Sprintf("%s %s %s pp (%s) = %s%% in %d", compact(rate.Text), op, num(diff.Value), compact(diff.Text), shown(v, maxDecimals(rate, diff)), year),
		}
		if region != "" {
			g.Name, g.Region, g.Year = rate.Name, region, rate.Year
			g.DerivedFrom = fmt.Sprintf("%s %s %s pp (%s) = %s%% for %s", compact(rate.Text), op, num(diff.Value), compact(diff.Text), shown(v, maxDecimals(rate, diff)), region)
		} else if !strings.Contains(cl.comparison, "同期") {
			g.Period = "" // 一季度…比去年同期: last year's first quarter; 高于2023年: the year
		}
		x.addDerived(g)
	}
}

// ratesOf returns the rates the differences in run are of: with 分别, the
// n-th of the rates before; alone, the rate right before, of the same name
// (比重达到42.8%，较上年提高3.2个百分点). nil when they are not clear.
func (x *extractor) ratesOf(run []int, first, last int) []int {
	if len(run) > 1 {
		return x.listSubjects(first, last, PPChange)
	}
	var rates []int
	for _, j := range x.sent {
		if g := x.out[j]; (g.Kind == Growth || g.Kind == Share) && !g.Derived && g.End <= x.out[run[0]].Start {
			rates = []int{j}
		}
	}
	if len(rates) == 0 {
		return nil
	}
	if diff := x.out[run[0]]; diff.Name != "" && !sameSubject(x.out[rates[0]].Name, diff.Name) {
		return nil // 高新技术企业…增长12%，规上工业企业…高于全市3个百分点
	}
	return rates
}

// benchmarkWords compare a rate with the place above the report's:
// 高于全市1.3个百分点.
var benchmarkWords = []string{"全市", "全省", "全区", "全县"}

// benchmarkWord is the place word a comparison is with, or "" when it
// names none, or more than one (全国、全区), or the nation.
func benchmarkWord(comparison string) string {
	found := ""
	for _, w := range benchmarkWords {
		if strings.Contains(comparison, w) {
			if found != "" {
				return ""
			}
			found = w
		}
	}
	if strings.Contains(comparison, "全国") {
		return ""
	}
	return found
}

// deriveBase: a level or count, then 较2020年增加N of the same unit, gives
// the 2020 value.
func (x *extractor) deriveBase(k int, cl clause, ss, se int) {
	f := x.out[k]
	year := comparedYear(x, f, cl)
	if year == 0 {
		return
	}
	var level *Figure
	for n := len(x.sent) - 2; n >= 0; n-- {
		g := &x.out[x.sent[n]]
		if g.Derived || g.Kind != f.Kind || g.NormUnit != f.NormUnit {
			continue
		}
		if !sameSubject(g.Name, f.Name) && (f.Name != "" || n != len(x.sent)-2) {
			return // 企业2860家…规上工业企业较上年增加312家: not the same things
		}
		level = g
		break
	}
	if level == nil {
		return
	}
	sign := float64(cl.compSign)
	if strings.ContainsAny(cl.growthVerb, "降减少") || containsAny(cl.growthVerb, declineVerbs) {
		sign = -1
	}
	scale := level.NormValue / level.Value
	if level.Value == 0 || math.IsNaN(scale) || math.IsInf(scale, 0) {
		return
	}
	dec := maxDecimals(*level, f)
	v := fileio.Round(level.Value-sign*f.NormValue/scale, dec)
	op := "−"
	if sign < 0 {
		op = "+"
	}
	x.addDerived(Figure{
		Doc: f.Doc, Start: ss, End: se, Text: x.s[ss:se],
		Value: v, Unit: level.Unit, NormValue: fileio.Round(v*scale, 4), NormUnit: level.NormUnit, Kind: level.Kind,
		Name: level.Name + whenName(year, level.Year), Region: level.Region, Year: yearPtr(year), Period: level.Period, Derived: true,
		DerivedFrom: fmt.Sprintf("%s %s %s (%s) = %s%s in %d", compact(level.Text), op, compact(f.Text), cl.growthVerb, shown(v, dec), level.Unit, year),
	})
}

// deriveStart: 新增49家，总数达520家 gives the 471 there were before.
func (x *extractor) deriveStart(k int, cl clause, ss, se int) {
	f := x.out[k]
	for n := len(x.sent) - 2; n >= 0; n-- {
		g := x.out[x.sent[n]]
		if g.Derived || g.Kind != Count || g.Unit != f.Unit {
			continue
		}
		if !strings.HasPrefix(g.Name, "新增") && !strings.HasPrefix(g.Name, "新认定") && !strings.HasPrefix(g.Name, "新引进") {
			return
		}
		// the total names itself (总数达520家) or has no name of its own
		// (新增49家，达到520家)
		if !containsAny(f.Name, []string{"总数", "总量"}) &&
			!(f.Name == g.Name && containsAny(cl.raw, []string{"总数", "总量", "累计", "达到", "增至", "共有"})) {
			return
		}
		if !totalOfNew(f.Name, g.Name) {
			return // 新增规上工业企业312家，高新技术企业总数2860家: two things
		}
		v := fileio.Round(f.Value-g.Value, 4)
		if v < 0 {
			return
		}
		var y *int
		if f.Year != nil {
			yy := *f.Year - 1
			y = &yy
		}
		name := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(g.Name, "新增"), "新认定"), "新引进") + "总数"
		if x.out[k].Name == g.Name {
			x.out[k].Name = name // 新增…49家，达到520家: the 520 is the total
		}
		scale := 1.0
		if f.Value != 0 {
			scale = f.NormValue / f.Value
		}
		x.addDerived(Figure{
			Doc: f.Doc, Start: ss, End: se, Text: x.s[ss:se],
			Value: v, Unit: f.Unit, NormValue: fileio.Round(v*scale, 4), NormUnit: f.NormUnit, Kind: Count,
			Name: name, Region: f.Region, Year: y, Derived: true,
			DerivedFrom: fmt.Sprintf("%s − %s 新增 = %s%s at the start of the year", compact(f.Text), compact(g.Text), num(v), f.Unit),
		})
		return
	}
}

// totalOfNew: a total (高新技术企业总数, 总数, or the new ones' own name
// when 达到 follows) is of the same things as the new ones
// (新增高新技术企业).
func totalOfNew(total, added string) bool {
	if total == added || total == "总数" || total == "总量" {
		return true
	}
	what := added
	for _, w := range []string{"新增", "新认定", "新引进"} {
		what = strings.TrimPrefix(what, w)
	}
	head := strings.TrimSuffix(strings.TrimSuffix(total, "总数"), "总量")
	return what != "" && head != "" && (strings.Contains(head, what) || strings.Contains(what, head) ||
		CanonicalName(head) == CanonicalName(what))
}

// comparedYear is the year a comparison names: 较2020年, 比上年.
func comparedYear(x *extractor, f Figure, cl clause) int {
	// the written year closest before the figure in its clause
	for j := x.qAfter(f.Start) - 1; j >= 0; j-- {
		q := x.qs[j]
		if f.Start-q.End > 40 {
			break
		}
		if string(q.Kind) == "date" && (q.Unit == "年" || q.Unit == "年度") {
			return int(q.Value)
		}
	}
	if containsAny(cl.comparison, []string{"上年", "去年", "同期"}) && f.Year != nil {
		return *f.Year - 1
	}
	return 0
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
