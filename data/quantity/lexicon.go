package quantity

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// unitEntry is a unit of the lookup table, with its class.
type unitEntry struct {
	unitDef
	date bool // a unit of dates: 年 月 日…
}

var (
	unitsByFirst = map[rune][]unitEntry{}
	// stopByRune indexes notQuantities by each numeral they contain: the
	// entry holds the word and the byte offset of that numeral in it.
	stopByRune = map[rune][]stopEntry{}
	// subsByLead indexes subUnits by their leading unit.
	subsByLead = map[string][]subUnit{}
)

type stopEntry struct {
	word string
	off  int
}

func init() {
	initClasses()
	var all []unitEntry
	for _, group := range [][]unitDef{moneyUnits, percentUnits, physicalUnits, durationUnits, otherUnits} {
		for _, u := range group {
			all = append(all, unitEntry{unitDef: u})
		}
	}
	for _, w := range measureWords {
		all = append(all, unitEntry{unitDef: unitDef{w, Count, w, 1}})
	}
	for _, w := range tradMeasureWords {
		all = append(all, unitEntry{unitDef: unitDef{w.Text, Count, w.Norm, 1}})
	}
	for _, w := range unitsOfDate {
		all = append(all, unitEntry{unitDef: unitDef{w, Date, w, 1}, date: true})
	}
	for _, u := range all {
		r, _ := utf8.DecodeRuneInString(u.Text)
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A' // matchUnit looks Latin units up in lower case
		}
		unitsByFirst[r] = append(unitsByFirst[r], u)
	}
	for r, list := range unitsByFirst {
		sort.SliceStable(list, func(i, j int) bool {
			return utf8.RuneCountInString(list[i].Text) > utf8.RuneCountInString(list[j].Text)
		})
		unitsByFirst[r] = list
	}
	for _, su := range subUnits {
		subsByLead[su.Lead] = append(subsByLead[su.Lead], su)
	}
	for _, w := range notQuantities {
		for off, r := range w {
			c := class(r)
			if c == cNone && r != '第' && r != '首' { // 首 opens a rank (首位): 放在首位 is a priority, not one
				continue
			}
			stopByRune[r] = append(stopByRune[r], stopEntry{w, off})
		}
	}
}

// matchUnit finds the longest unit at i, tolerating OCR blanks between its
// characters (美 元). It returns the unit and the end of its last character.
func matchUnit(s string, i int) (unitEntry, int, bool) {
	r, _ := at(s, i)
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	list := unitsByFirst[r]
	for _, u := range list {
		if end, ok := matchLoose(s, i, u.Text); ok {
			if isASCIIWord(u.Text) && (asciiLetterAt(s, end) || !latinUnitOK(s, i, end, u.Text)) {
				continue // 5mm is not 5m, 5G is not 5 grams
			}
			if next, _ := at(s, end); containsRune(unitNotBefore[u.Text], next) {
				continue // 60周岁 is an age, not 60 weeks
			}
			return u, end, true
		}
	}
	return unitEntry{}, i, false
}

// matchLoose matches word at i, allowing blanks between its characters.
func matchLoose(s string, i int, word string) (int, bool) {
	j := i
	for n, r := range word {
		if n > 0 {
			j = skipSpace(s, j)
		}
		got, sz := at(s, j)
		if got != r {
			if r >= 'a' && r <= 'z' && got == r-'a'+'A' {
				j += sz
				continue
			}
			return i, false
		}
		j += sz
	}
	return j, true
}

// latinUnitOK checks a Latin unit's case (g, L and cc only as written:
// 5G is a network) and what follows g (5g网络).
func latinUnitOK(s string, i, end int, unit string) bool {
	if containsWord(caseExactUnits, unit) && s[i:end] != unit {
		return false
	}
	if unit == "g" {
		r, _ := at(s, end)
		return !containsRune(notGramAfter, r)
	}
	return true
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func isASCIIWord(w string) bool {
	return w != "" && w[0] < utf8.RuneSelf && w[0] != '%'
}

// unitAt reports whether a unit spelled with a numeral character (千瓦,
// 千克, 兆瓦) starts at i, so that the numeral scanner leaves it alone.
func unitAt(s string, i int) bool {
	u, _, ok := matchUnit(s, i)
	return ok && len(u.Text) > 3
}

// inStopWord reports whether the numeral starting at i with rune r lies in
// one of notQuantities, and where that word ends.
func inStopWord(s string, i int, r rune) (int, bool) {
	for _, e := range stopByRune[r] {
		st := i - e.off
		if st >= 0 && strings.HasPrefix(s[st:], e.word) {
			return st + len(e.word), true
		}
	}
	return 0, false
}

func hasSuffixAt(s string, i int, words []string) (string, bool) {
	for _, w := range words {
		if i >= len(w) && s[i-len(w):i] == w {
			return w, true
		}
	}
	return "", false
}

func hasPrefixAt(s string, i int, words []string) (string, bool) {
	for _, w := range words {
		if strings.HasPrefix(s[i:], w) {
			return w, true
		}
	}
	return "", false
}
