package figure

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// derive adds the figures the text implies from figure k (just written) and
// those before it in its sentence:
//
//   - 增长5.0%，高于2023年1.2个百分点 ⇒ 2023 growth 3.8%;
//   - 新增49家，总数达520家 ⇒ 471 at the start;
//   - 282个，较2020年增加54个 (增幅23.7%) ⇒ 228 in 2020.
func (x *extractor) derive(first, last int, cl clause, ss, se int) {
	k := x.outOf[last]
	if k < 0 {
		return
	}
	f := x.out[k]
	switch {
	case f.Kind == PPChange && cl.compYear:
		x.derivePreviousRate(first, last, cl, ss, se)
	case (f.Kind == Count || f.Kind == Level || f.Kind == Physical) && cl.compYear && cl.growthVerb != "":
		x.deriveBase(k, cl, ss, se)
	case f.Kind == Count:
		x.deriveStart(k, cl, ss, se)
	}
}

// derivePreviousRate: a difference in percentage points with a year gives
// that year's rate. With 分别, the n-th difference goes with the n-th of the
// rates before.
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
	var rates []int
	if len(run) > 1 {
		rates = x.listSubjects(first, last, PPChange)
	}
	if rates == nil {
		// the rate or share right before: 比重达到42.8%，较上年提高3.2个百分点
		for _, j := range x.sent {
			if g := x.out[j]; (g.Kind == Growth || g.Kind == Share) && !g.Derived && g.End <= x.out[run[0]].Start {
				rates = []int{j}
			}
		}
		if len(rates) == 0 || len(run) > 1 {
			return
		}
	}
	year := comparedYear(x, x.out[run[0]], cl)
	if year == 0 {
		return
	}
	for n, k := range run {
		rate, diff := x.out[rates[n]], x.out[k]
		v := fileio.Round(rate.Value-float64(cl.compSign)*diff.Value, 4)
		op := "−"
		if cl.compSign < 0 {
			op = "+"
		}
		y := year
		x.out = append(x.out, Figure{
			Doc: rate.Doc, Start: ss, End: se, Text: x.s[ss:se],
			Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: rate.Kind,
			Name: rate.Name, Region: rate.Region, Year: &y, Derived: true,
			DerivedFrom: fmt.Sprintf("%s %s %s pp (%s) = %s%% in %d", compact(rate.Text), op, num(diff.Value), compact(diff.Text), num(v), year),
		})
	}
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
		level = g
		break
	}
	if level == nil {
		return
	}
	sign := float64(cl.compSign)
	if strings.ContainsAny(cl.growthVerb, "降减少") || cl.growthVerb == "回落" {
		sign = -1
	}
	scale := level.NormValue / level.Value
	if level.Value == 0 || math.IsNaN(scale) || math.IsInf(scale, 0) {
		return
	}
	v := fileio.Round(level.Value-sign*f.NormValue/scale, 4)
	y := year
	op := "−"
	if sign < 0 {
		op = "+"
	}
	x.out = append(x.out, Figure{
		Doc: f.Doc, Start: ss, End: se, Text: x.s[ss:se],
		Value: v, Unit: level.Unit, NormValue: fileio.Round(v*scale, 4), NormUnit: level.NormUnit, Kind: level.Kind,
		Name: level.Name, Region: level.Region, Year: &y, Derived: true,
		DerivedFrom: fmt.Sprintf("%s %s %s (%s%s) = %s%s in %d", compact(level.Text), op, compact(f.Text), cl.growthVerb, "", num(v), level.Unit, year),
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
		x.out = append(x.out, Figure{
			Doc: f.Doc, Start: ss, End: se, Text: x.s[ss:se],
			Value: v, Unit: f.Unit, NormValue: fileio.Round(v*scale, 4), NormUnit: f.NormUnit, Kind: Count,
			Name: name, Region: f.Region, Year: y, Derived: true,
			DerivedFrom: fmt.Sprintf("%s − %s 新增 = %s%s at the start of the year", compact(f.Text), compact(g.Text), num(v), f.Unit),
		})
		return
	}
}

// comparedYear is the year a comparison names: 较2020年, 比上年.
func comparedYear(x *extractor, f Figure, cl clause) int {
	// the written year closest before the figure in its clause
	for j := firstAfter(x.qs, f.Start) - 1; j >= 0; j-- {
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
