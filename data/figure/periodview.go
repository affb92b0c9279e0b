package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// viewLeads open a breakdown of the total the paragraph before gave: (一)从
// 产业看：第一产业完成投资21.8亿元 under 1-8月份，全市完成固定资产投资256.6亿元
// — the parts share the total's period, though the paragraph writes none.
var viewLeads = []string{"从", "分", "按"}

// viewFirsts are the characters such a paragraph may open with: a blank,
// its numbering, or the lead's first word.
const viewFirsts = " \u3000（(一二三四五六七八九十0123456789从分按"

// viewEnds close such a lead: 从产业看, 分行业看, 按经济类型分.
var viewEnds = []string{"看", "来看", "分"}

// viewParagraph is where the paragraph holding pos starts, or the start of
// the paragraph before it when this one opens a breakdown of the total
// written there (viewLeads … viewEnds right after its numbering).
func (x *extractor) viewParagraph(pos int) int {
	para, _ := x.l.paragraph(pos)
	if para == 0 || !opensView(x.s[para:min(len(x.s), para+60)]) {
		return para
	}
	prev, _ := x.l.paragraph(para - 1)
	return prev
}

// opensView reports whether s, the start of a paragraph, opens with a
// breakdown lead: (一)从产业看：, 分行业看，, 1.按经济类型分：.
func opensView(s string) bool {
	if r, _ := hanzi.DecodeRune(s); !strings.ContainsRune(viewFirsts, r) {
		return false // most paragraphs: one look at the first character
	}
	s = trimLeftSet(s, " \u3000")
	s = trimLeftSet(s, "（(")
	s = trimLeftSet(s, "一二三四五六七八九十0123456789")
	s = trimLeftSet(s, "）)、.．")
	if !hasPrefixAny(s, viewLeads) {
		return false
	}
	// the lead is short and ends at its first punctuation
	n := 0
	for i, r := range s {
		if isPunct(r) || r == '\n' {
			return n <= 8 && hasSuffixAny(s[:i], viewEnds)
		}
		n++
		if n > 9 {
			return false
		}
	}
	return false
}
