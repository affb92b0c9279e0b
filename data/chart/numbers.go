package chart

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// niceTicks returns evenly spaced round values (steps of 1, 2, 2.5 or 5
// times a power of ten) from at or below lo to at or above hi, about n of
// them. lo and hi should already include zero where the axis must.
func niceTicks(lo, hi float64, n int) []float64 {
	if n < 2 {
		n = 2
	}
	if hi <= lo {
		if hi == 0 {
			hi = 1
		} else {
			lo, hi = math.Min(lo, 0), math.Max(hi, 0)
		}
	}
	raw := (hi - lo) / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag * 10
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	start := math.Floor(lo/step+1e-9) * step
	end := math.Ceil(hi/step-1e-9) * step
	var ticks []float64
	for i := 0; i < 1000; i++ {
		t := start + float64(i)*step
		if t > end+step/2 {
			break
		}
		if math.Abs(t) < step*1e-9 {
			t = 0
		}
		ticks = append(ticks, t)
	}
	return ticks
}

// axis chooses about n ticks for values from lo to hi (lo ≤ 0 ≤ hi) and
// the range the axis spans: the data's, widened to the next tick when
// that is less than half a step away, so that a −2.5 beside a 352 does not
// pull the axis down to −100.
func axis(lo, hi float64, n int) (ticks []float64, from, to float64) {
	all := niceTicks(lo, hi, n)
	if len(all) < 2 || lo == hi {
		return all, all[0], all[len(all)-1]
	}
	step := all[1] - all[0]
	from, to = lo, hi
	if first := all[0]; lo-first < step/2 {
		from = first
	}
	if last := all[len(all)-1]; last-hi < step/2 {
		to = last
	}
	if to <= from {
		to = from + step
	}
	for _, t := range all {
		if t >= from-step*1e-9 && t <= to+step*1e-9 {
			ticks = append(ticks, t)
		}
	}
	return ticks, from, to
}

// rankTicks are the positions from 1 to at least hi for a rank scale,
// in steps of 1, 2, 5, 10, 20, 50… chosen to give at most about n.
func rankTicks(hi float64, n float64) []float64 {
	top := math.Max(1, math.Ceil(hi))
	step := 1.0
	for i := 0; top/step > math.Max(n, 2); i++ {
		step = []float64{1, 2, 5}[(i+1)%3] * math.Pow(10, float64((i+1)/3))
	}
	ticks := []float64{1}
	for t := step; t < top+step; t += step {
		if t > 1 {
			ticks = append(ticks, t)
		}
	}
	return ticks
}

// formatTick writes a tick with as many decimals as the step needs.
func formatTick(v float64, ticks []float64) string {
	dec := 0
	if len(ticks) > 1 {
		step := ticks[1] - ticks[0]
		for dec < 4 && math.Abs(step*math.Pow(10, float64(dec))-math.Round(step*math.Pow(10, float64(dec)))) > 1e-6 {
			dec++
		}
	}
	return strconv.FormatFloat(v, 'f', dec, 64)
}

// formatNumber writes v with four significant digits at most, and no
// trailing zeros: 121.7, 3.78, 0.005, 1235.
func formatNumber(v float64) string {
	a := math.Abs(v)
	dec := 0
	switch {
	case a == 0 || a >= 1000:
	case a >= 100:
		dec = 1
	case a >= 1:
		dec = 2
	default:
		dec = int(-math.Floor(math.Log10(a))) + 2
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// offScale finds outliers that would flatten every other bar (one growth
// rate of 342.16% beside rates of 5 to 15%): when the largest values, at
// most a third of them, exceed the next by more than outlierRatio (at the
// deepest such break), the
// scale stops a little above that next value and the outliers are drawn
// broken at its end, their values printed. It returns the scale's top,
// or ok false when no value stands out so.
func offScale(vals []float64) (top float64, ok bool) {
	var pos []float64
	for _, v := range vals {
		if v > 0 {
			pos = append(pos, v)
		}
	}
	if len(pos) < 3 {
		return 0, false
	}
	slices.Sort(pos)
	slices.Reverse(pos)
	// The deepest such break: 342.16% and 67.9% both stand out of 14.5%.
	for k := len(pos) / 3; k >= 1; k-- {
		if pos[k] > 0 && pos[k-1] > outlierRatio*pos[k] {
			return pos[k] * 1.2, true
		}
	}
	return 0, false
}

// outlierRatio is how many times the next value an outlier must be.
const outlierRatio = 3
