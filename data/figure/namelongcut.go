package figure

import (
	"strings"
)

// longNameQualifiers open a statistic's name with the scope of its units
// (限额以上单位石油及制品类商品零售额): they are the name's, and are not
// counted in its length.
var longNameQualifiers = byLength([]string{"限额以上单位", "限额以上", "规模以上", "限上", "规上"})

// longNameKeep is how many characters a long name keeps at most when cut
// at a word; longNameTail how many it keeps when no word start fits.
const (
	longNameKeep = 16
	longNameTail = 12
)

// longNameCut cuts a name still too long after headOf's cuts: whole when
// a scope qualifier opens it and the rest is short (not 位石油及制品类商品
// 零售额); else its longest end that opens a word (城镇职工和城乡居民医疗保险、
// 医疗救助支出: 城乡居民医疗保险、医疗救助支出, not 民医疗保险…); else its
// last twelve characters.
func (x *extractor) longNameCut(s string) string {
	if _, q := trimPrefixes(s, longNameQualifiers); q != "" && runeLen(s[len(q):]) <= longNameKeep {
		return s
	}
	if t := x.wordEnd(s); t != "" {
		return t
	}
	return lastRunes(s, longNameTail)
}

// longNameJoiners open no name: a cut after a word may leave one first.
const longNameJoiners = "和及与、，,"

// longNamePrepositions open no name either: a cut starts after them.
var longNamePrepositions = map[string]bool{"以": true, "对": true, "为": true, "在": true, "把": true, "将": true, "从": true, "向": true, "于": true, "按": true}

// wordEnd is the longest end of s, of at most longNameKeep characters, that
// starts at a word of the dictionary's cut, joiners before it dropped; ""
// without a dictionary or when none of four characters or more fits.
func (x *extractor) wordEnd(s string) string {
	for _, tok := range x.cut(s) {
		if longNamePrepositions[tok.Text] {
			continue // 以更优营商环境服务市场主体任务: the name follows the preposition
		}
		rest := strings.TrimLeft(s[tok.Start:], longNameJoiners)
		if runeLen(s[tok.Start:]) <= longNameKeep && runeLen(rest) >= 4 {
			return rest
		}
	}
	return ""
}
