package fileio

import (
	"strconv"
	"strings"
)

// Row makes every cell of rec safe to open in a spreadsheet, as Cell does,
// and returns rec.
func Row(rec []string) []string {
	for i, c := range rec {
		rec[i] = Cell(c)
	}
	return rec
}

// Cell neutralises a CSV cell that a spreadsheet would run as a formula
// (OWASP's CSV injection advice): one that starts with =, +, -, @, a tab
// or a carriage return gets a leading apostrophe, which Excel and
// LibreOffice show as text. A plain number (-3.2, +5, -12%) is left as it
// is, so that negative values stay numbers.
func Cell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) || isNumber(s) {
		return s
	}
	return "'" + s
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(strings.TrimSuffix(s, "%"), 64)
	return err == nil && !strings.ContainsAny(s, "xXpPnNiI_") // no hex, Inf, NaN
}
