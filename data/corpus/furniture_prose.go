package corpus

import (
	"strings"
	"unicode/utf8"
)

// proseParagraph reports a paragraph too long for page furniture that holds
// a full sentence: the words of furniture in it are the body's own. A
// county paper's item opens its first paragraph with the byline (本报讯
// (记者…) 前三季度,全县上下…。), and a yearbook entry names the 来源地一般
// 公共预算收入; both are the report, not the page around it.
func proseParagraph(s string) bool {
	return utf8.RuneCountInString(s) > 2*frontLine && strings.ContainsAny(s, "。！？")
}
