package corpus

import (
	"strings"
	"unicode/utf8"
)

// The front of a report is what stands before its body: the title, the
// dateline (——2024年1月22日在…会议上, often broken across two lines), the
// speaker line (XX县人民政府县长 XXX), the salutation (各位代表：) and the
// masthead of a page. The years written there date the report; they are not
// the years of the figures of its first sentence.

// frontLines is how many lines the front may take at most.
const frontLines = 8

// frontLine is the longest line, in characters, that a front line may be;
// a title may be twice as long.
const frontLine = 40

// BodyStart is the byte offset where the report's body begins: after its
// title, dateline, speaker line, salutation and masthead lines; 0 when the
// text opens with its body. It reads lines, not paragraphs: a plain text
// file of short lines is one paragraph.
func (a *Article) BodyStart() int {
	raw := a.Raw
	end, n := 0, 0
	for i := 0; i < len(raw) && n < frontLines; {
		j := indexByte(raw[i:], '\n')
		next := len(raw)
		if j >= 0 {
			next = i + j + 1
		}
		line := strings.TrimSpace(string(raw[i:next]))
		i = next
		if line == "" {
			continue
		}
		if !frontLineOK(line, n == 0) {
			break
		}
		n++
		end = next
	}
	return end
}

// frontLineOK reports a line that may stand before the body: the title
// (first), page furniture, a dateline or its first part, or a short line
// without a sentence in it (a speaker line, 各位代表：).
func frontLineOK(line string, first bool) bool {
	n := utf8.RuneCountInString(line)
	if datelineAt(line) || isFurniture(line) && n <= 2*frontLine {
		return true
	}
	if strings.ContainsAny(line, "。！？；;，,") {
		return false
	}
	if first {
		return n <= 2*frontLine
	}
	return n <= frontLine && !sectionNumbered(line)
}

// sectionNumbered: a heading that opens with a section number (一、 （二）)
// starts the body.
func sectionNumbered(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[n:])
	switch {
	case strings.ContainsRune("（(", r):
		return strings.ContainsRune("一二三四五六七八九十", next)
	case strings.ContainsRune("一二三四五六七八九十", r):
		return next == '、' || next == '是'
	}
	return false
}
