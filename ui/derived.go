package ui

import (
	"regexp"
)

// derivedWords are the English words of a derivation (data/figure writes
// "5.0% − 1.2 pp (1.2个百分点) = 3.8% in 2023", the command line's
// contract), each with the message that says it in the interface language.
var derivedWords = []struct {
	re  *regexp.Regexp
	msg string // a message with {{.N}} for the pattern's group
}{
	{regexp.MustCompile(`(\d+(?:\.\d+)?) pp\b`), "{{.N}} pp"},
	{regexp.MustCompile(` in (\d{4})$`), " in {{.N}}"},
	{regexp.MustCompile(` at the start of (the year)$`), " at the start of the year"},
}

// derivedText is a figure's derivation in the interface language.
func derivedText(s string) string {
	for _, w := range derivedWords {
		s = w.re.ReplaceAllStringFunc(s, func(m string) string {
			return tr(w.msg, map[string]any{"N": w.re.FindStringSubmatch(m)[1]})
		})
	}
	return s
}
