package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// An alternative in brackets inside the noun a count counts (16个乡镇(街道)
// 综合文化站: the stations of towns, or of the streets that stand for them)
// does not end the noun: what is counted is 乡镇综合文化站.

// asideMaxRunes bounds an alternative in brackets; a longer one is a note.
const asideMaxRunes = 4

// dropNounAside takes out of t, the words after a count, the first bracket
// when it comes within the noun: short, no digits, no list of levels
// (17个县(市、区)经济总量 counts 县, whatever follows), and the noun goes on
// right after it (not 的: 26个区直部门(单位)的工作 ends the noun at the bracket).
func dropNounAside(t string) string {
	// the bracket is looked for among the first 27 bytes only: one after
	// them is past six runes of four bytes at most (strings.IndexAny read
	// all the words after every count rune by rune, a fiftieth of Extract)
	open := indexAnyOf(t[:min(len(t), 27)], "(（")
	if open <= 0 || runeLen(t[:open]) > 6 {
		return t
	}
	rest := t[open:]
	_, size := hanzi.DecodeRune(rest)
	closeAt := indexAnyOf(rest, ")）")
	if closeAt < 0 {
		return t
	}
	inner := rest[size:closeAt]
	_, csize := hanzi.DecodeRune(rest[closeAt:])
	after := rest[closeAt+csize:]
	if inner == "" || runeLen(inner) > asideMaxRunes || strings.ContainsAny(inner, "0123456789、，,") {
		return t
	}
	if r, _ := hanzi.DecodeRune(after); r < 0x4e00 || r > 0x9fff || r == '的' {
		return t
	}
	return t[:open] + after
}
