package corpus

import (
	"strings"
	"unicode/utf8"
)

// A page copied as text often puts each paragraph on a line of its own with
// no blank line between, its paragraphs short enough to pass for a wrapped
// column (longLine). Such lines end their sentences: many of them close with
// a full stop, and the others are headings (一、2023年工作回顾, 各位代表：)
// with no comma in them. A column wrapped at a width ends most lines in the
// middle of a sentence, so only by chance at a full stop.

// paragraphEnds close a paragraph.
const paragraphEnds = "。！？!?"

// headingLine is the most a heading line (no comma, no full stop) may hold.
const headingLine = 30

// linePerParagraph reports a block of lines that are each a paragraph or a
// heading: of the lines before the last, at least two and a quarter end a
// sentence, and every other one is a short heading.
func (b block) linePerParagraph(raw []byte) bool {
	if len(b.lines) < 3 {
		return false
	}
	stops := 0
	for i, l := range b.lines[:len(b.lines)-1] {
		s := string(raw[l[0]:l[1]])
		r, _ := utf8.DecodeLastRuneInString(s)
		switch {
		case strings.ContainsRune(paragraphEnds, r):
			stops++
		case utf8.RuneCountInString(s) <= headingLine && !strings.ContainsAny(s, "，,。；;") && !continues(raw, b.lines[i+1]):
		default:
			return false
		}
	}
	return stops >= 2 && 4*stops >= len(b.lines)-1
}

// continuations open a line that carries on the one before: punctuation,
// or the number of a column wrapped in mid-sentence (全县地区生产总值完成 /
// 46.1亿元，…). A year opening a line (2021年1月6日在…上) starts a line of
// its own.
const continuations = "%％，,。、；;：:）)”’"

// continues reports whether line l opens as the rest of the line before.
func continues(raw []byte, l [2]int) bool {
	s := string(raw[l[0]:l[1]])
	r, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(continuations, r) {
		return true
	}
	rest := strings.TrimLeft(s, "0123456789.")
	return len(rest) < len(s) && !strings.HasPrefix(rest, "年") && !strings.HasPrefix(rest, "月")
}
