package corpus

import "strings"

// sloganQuotes open and close the name of a campaign or a slogan in a
// title: 全县“奋战四季度、决胜全年红”工作推进会.
var sloganQuotes = []struct{ open, close string }{{"“", "”"}, {"「", "」"}, {"‘", "’"}}

// titlePeriod is the last period a title (or a lead sentence) names
// outside quotation marks: a period inside them names a campaign (“奋战四
// 季度、决胜全年红”, “决战四季度”) the meeting or the speech is about, not
// the months its figures cover — a speech at such a meeting reviews the
// first three quarters.
func titlePeriod(title string) string {
	return LastPeriod(unquoted(title))
}

// unquoted is s with what stands inside quotation marks written as a
// comma.
func unquoted(s string) string {
	out := s
	for _, q := range sloganQuotes {
		for {
			i := strings.Index(out, q.open)
			if i < 0 {
				break
			}
			j := strings.Index(out[i:], q.close)
			if j < 0 {
				break
			}
			out = out[:i] + "，" + out[i+j+len(q.close):]
		}
	}
	return out
}
