package ui

import (
	"strings"
	"unicode/utf8"
)

// Line breaking for Chinese text (the rules of 中文排版): a line may break
// between any two characters, except that closing punctuation never starts
// a line and opening punctuation never ends one; runs of Latin letters and
// digits (5.0%, 121.7, GDP) stay whole unless longer than a line, and a
// number keeps the unit or measure word written after it (1个百分点,
// 121.7亿元, 2024年): a figure is read as one thing and is highlighted as one.
const (
	noLineStart = "，。、；：？！）》」』】〕〉”’%％…—·,.;:?!)]}" + "～"
	noLineEnd   = "（《「『【〔〈“‘([{"
	// unitRunes are the characters of units, measure words and the
	// approximations written straight after a number.
	unitRunes = "个百分点千万亿元年月日号时家人户名位项倍亩吨公里米平方立克斤座所条件台辆套批期届次余多"
	// maxUnitRunes bounds how much of what follows a number stays with it
	// (个百分点 is the longest unit the corpus writes).
	maxUnitRunes = 4
)

// unit is a piece of text that is never broken: one character, or a run of
// Latin letters and digits with the punctuation inside numbers. Its width is
// in the units of the width function units is given (the font's ems for the
// reader, pixels for a table's cells).
type unit struct {
	start, end int     // byte offsets
	width      float32 // in the width function's units
}

func units(text string, em func(rune) float32) []unit {
	var out []unit
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		j := i + n
		w := em(r)
		if isWordRune(r) {
		word:
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				switch {
				case isWordRune(r2), r2 == '%', r2 == '％':
				case strings.ContainsRune(".,:/-", r2) && j+n2 < len(text) && isWordRune(firstRune(text[j+n2:])):
				default:
					break word
				}
				w += em(r2)
				j += n2
			}
			if last, _ := utf8.DecodeLastRuneInString(text[i:j]); isDigit(last) {
				for k := 0; k < maxUnitRunes && j < len(text); k++ {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !strings.ContainsRune(unitRunes, r2) {
						break
					}
					w += em(r2)
					j += n2
				}
			}
		}
		out = append(out, unit{i, j, w})
		i = j
	}
	return out
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= 0xFF10 && r <= 0xFF19 }

func isWordRune(r rune) bool {
	return r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') ||
		r >= 0xFF10 && r <= 0xFF19 // full-width digits
}

// textLine is one laid-out line: bytes [start,end) of the text.
type textLine struct{ start, end int }

// breakLines fills lines of at most width ems. Where a break would put
// closing punctuation at a line's start, the character before it moves down
// with it; opening punctuation at a line's end moves down too.
func breakLines(text string, us []unit, width float32) []textLine {
	if len(us) == 0 {
		return nil
	}
	var lines []textLine
	first, x := 0, float32(0) // first unit of the current line, its width so far
	for i := 0; i < len(us); i++ {
		u := us[i]
		if x+u.width <= width || i == first {
			x += u.width
			continue
		}
		// Break before unit i, adjusted by the punctuation rules.
		b := i
		for b > first+1 && (startsWithAny(text[us[b].start:], noLineStart) || endsWithAny(text[us[b-1].start:us[b-1].end], noLineEnd)) {
			b--
		}
		if b == first+1 && startsWithAny(text[us[b].start:], noLineStart) {
			// Nothing before the punctuation can move down without leaving
			// this line empty (one character, or one long figure): the
			// punctuation hangs past the measure instead.
			for b = i; b < len(us) && startsWithAny(text[us[b].start:], noLineStart); b++ {
			}
			lines = append(lines, textLine{us[first].start, us[b-1].end})
			if b == len(us) {
				return lines
			}
			first, x, i = b, us[b].width, b
			continue
		}
		lines = append(lines, textLine{us[first].start, us[b-1].end})
		first, x = b, 0
		for k := b; k <= i; k++ {
			x += us[k].width
		}
	}
	lines = append(lines, textLine{us[first].start, us[len(us)-1].end})
	return lines
}

func startsWithAny(s, set string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune(set, r)
}

func endsWithAny(s, set string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(set, r)
}
