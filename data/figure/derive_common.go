package figure

import (
	"github.com/zhibiao/zhibiao/data/fileio"

	"fmt"
	"math"
	"strconv"
	"strings"
)

// What every derivation rule shares: the sentence it reads, the written
// figure before another, the precision a result may claim, and one place
// that adds a derived figure, refusing it when another reading of the same
// sentence gave a different value.

// derivation is what a rule sees: the list of quantities first..last just
// written (f is the last as a figure), the clause before the first, and
// the sentence's span (every derived figure spans its sentence).
type derivation struct {
	first, last int
	cl          clause
	ss, se      int
	k           int // index of f in x.out
	f           Figure
}

// before returns the written figure of the sentence right before out[k],
// skipping those skip says to, and whether there is one.
func (x *extractor) before(k int, skip func(Figure) bool) (int, bool) {
	seen := false
	for n := len(x.sent) - 1; n >= 0; n-- {
		j := x.sent[n]
		if j == k {
			seen = true
			continue
		}
		if !seen || x.out[j].Derived {
			continue
		}
		if skip != nil && skip(x.out[j]) {
			continue
		}
		return j, true
	}
	return 0, false
}

// cleanGap: a and b (a first) are near each other, in one clause chain of
// one sentence, and not read across a column break of OCR: a derived
// figure never joins two columns of a damaged page.
func (x *extractor) cleanGap(a, b Figure, max int) bool {
	if a.End > b.Start || b.Start-a.End > max {
		return false
	}
	gap := x.s[a.End:b.Start]
	if strings.ContainsAny(gap, "。；;！？") {
		return false
	}
	return x.columnBreak(a.Start, b.Start) == 0
}

// sameSubject: two figures are of one thing when their names agree once a
// measure word is taken off (到位资金 and 到位资金量). A figure without a
// name is of nothing known: it never takes part.
func sameSubject(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	trim := func(s string) string {
		for _, w := range []string{"数量", "总量", "量", "数"} {
			if t := strings.TrimSuffix(s, w); t != s && t != "" {
				return t
			}
		}
		return s
	}
	return trim(a) == trim(b) || CanonicalName(a) == CanonicalName(b)
}

// decimals is how many digits follow the point of the number a figure's
// text starts with (1.2万户: 1; 16家: 0; 一万二千: 0).
func decimals(text string) int {
	k := strings.IndexByte(text, '.')
	if k < 0 {
		return 0
	}
	n := 0
	for _, c := range text[k+1:] {
		if c < '0' || c > '9' {
			break
		}
		n++
	}
	return n
}

// significant is the fewest significant digits of the numbers the texts
// start with (7.2亿元 and 79.7%: 2); 0 when one is not written in digits.
func significant(texts ...string) int {
	least := 0
	for _, t := range texts {
		n, lead := 0, true
		for _, c := range t {
			if c == '.' || c == ',' {
				continue
			}
			if c < '0' || c > '9' {
				break
			}
			if lead && c == '0' {
				continue
			}
			lead = false
			n++
		}
		if n == 0 {
			return 0
		}
		if least == 0 || n < least {
			least = n
		}
	}
	return least
}

// roundSignificant rounds v to sig significant digits, and to no more
// than dec decimals: 80家 ÷ 23% is 350, not 347.8. With sig 0 it rounds
// to dec decimals only. It returns the decimals kept, for showing the value
// (38.0亿元, not 38亿元).
func roundSignificant(v float64, sig, dec int) (float64, int) {
	if sig > 0 && v != 0 {
		if d := sig - 1 - int(math.Floor(math.Log10(math.Abs(v)))); d < dec {
			dec = d
		}
	}
	if dec >= 0 {
		return fileio.Round(v, dec), dec
	}
	p := math.Pow(10, float64(-dec))
	return math.Round(v/p) * p, 0
}

// shown writes a derived value with the decimals its inputs justify.
func shown(v float64, dec int) string {
	if dec < 0 || dec > 12 {
		return num(v)
	}
	return strconv.FormatFloat(v, 'f', dec, 64)
}

func maxDecimals(a, b Figure) int {
	if da, db := decimals(a.Text), decimals(b.Text); da > db {
		return da
	}
	return decimals(b.Text)
}

// wholeCount rounds a derived count, or says the reading is wrong: a count
// of firms in a year is whole, and 3家, 同比增长100% gives 1.5.
func wholeCount(v float64) (float64, bool) {
	r := math.Round(v)
	return r, math.Abs(v-r) <= 0.2
}

// usable: a value a derived figure may be made of.
func usable(v float64) bool {
	return !math.IsNaN(v) && !math.IsInf(v, 0) && v > 0
}

// scaleOf is the factor from a figure's value to its normalised value.
func scaleOf(f Figure) float64 {
	if f.Value == 0 || f.NormValue == 0 {
		return 1
	}
	return f.NormValue / f.Value
}

// addDerived appends d, a figure derived from the sentence at d.Start,
// unless the sentence already gave it (a second reading that agrees adds
// nothing) or gave it a different value: then neither is trusted.
func (x *extractor) addDerived(d Figure) {
	// the figures of this sentence are at the end of out; a long sentence
	// is cut to 600 bytes around each list, so its derived spans overlap
	for j := len(x.out) - 1; j >= 0 && j >= len(x.out)-64 && x.out[j].End > d.Start; j-- {
		g := x.out[j]
		if !g.Derived || g.Start >= d.End || bareName(g.Name) != bareName(d.Name) || g.Kind != d.Kind || g.Region != d.Region || !sameYear(g.Year, d.Year) {
			continue
		}
		if math.Abs(g.Value-d.Value) <= 0.01*math.Max(math.Abs(g.Value), 0.1) {
			return
		}
		if x.withdrawn == nil {
			x.withdrawn = map[int]bool{}
		}
		x.withdrawn[j] = true
		return
	}
	x.out = append(x.out, d)
}

// bareName is a derived figure's name without what says how it was
// derived (粮食总产 (上年) is 粮食总产 of the year before).
func bareName(name string) string {
	if k := strings.Index(name, " ("); k > 0 {
		return name[:k]
	}
	return name
}

// WithoutYear takes off the year a derived figure's name states
// (粮食总产 (上年), 粮食总产量 (2007年)) for where the year is shown apart:
// a chart's label, or one indicator charted across years under one name.
func WithoutYear(name string) string {
	k := strings.LastIndex(name, " (")
	if k <= 0 || !strings.HasSuffix(name, "年)") {
		return name
	}
	when := strings.TrimSuffix(name[k+len(" ("):], "年)")
	if when == "上" {
		return name[:k]
	}
	for _, c := range when {
		if c < '0' || c > '9' {
			return name
		}
	}
	return name[:k]
}

func sameYear(a, b *int) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// dropWithdrawn removes the derived figures two readings disagreed on.
func dropWithdrawn(out []Figure, withdrawn map[int]bool) []Figure {
	if len(withdrawn) == 0 {
		return out
	}
	kept := out[:0]
	for i, f := range out {
		if !withdrawn[i] {
			kept = append(kept, f)
		}
	}
	return kept
}

// derivedAt is a derived figure of the sentence d reads, with f's place
// and period.
func derivedAt(x *extractor, d derivation, from Figure) Figure {
	return Figure{
		Doc: from.Doc, Start: d.ss, End: d.se, Text: x.s[d.ss:d.se],
		Region: from.Region, Period: from.Period, Derived: true,
	}
}

func yearPtr(y int) *int { return &y }

// whenName says in a derived figure's name which year it is of: (上年)
// for the year before the figure it comes from, else the year.
func whenName(year int, of *int) string {
	if of != nil && year == *of-1 {
		return " (上年)"
	}
	return fmt.Sprintf(" (%d年)", year)
}

func yearBefore(y *int) *int {
	if y == nil {
		return nil
	}
	return yearPtr(*y - 1)
}

// lead is the words of g's clause before it.
func (x *extractor) lead(g Figure) string {
	from := x.sentStart
	if from > g.Start {
		from = 0
	}
	return x.s[clauseStart(x.s, from, g.Start):g.Start]
}
