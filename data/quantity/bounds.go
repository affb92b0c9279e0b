package quantity

import (
	"math"
	"unicode"
)

// maxDigits is the most digits a number may have to be reported: a
// 1000-digit number was charted as 0. No statistic is written with more
// than a few tens of digits; a longer run is an identifier or garbage, and
// is left out rather than reported wrong. (Past 17 significant digits the
// value is float64's nearest, as Recognizers-Text's cases expect.)
const maxDigits = 30

// representable reports whether q's value is what is written: finite,
// and of no more than maxDigits digits.
func representable(q Quantity) bool {
	if math.IsInf(q.Value, 0) || math.IsNaN(q.Value) || math.IsInf(q.NormValue, 0) || math.IsNaN(q.NormValue) {
		return false
	}
	n := 0
	for _, r := range q.Text {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n <= maxDigits
}
