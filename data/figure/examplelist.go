package figure

import (
	"strings"
	"unicode/utf8"
)

// exampleOfCount reports whether the place or zone ending at end is an
// example of the things counted by the figure at pos: written right before
// 等 and the number (兰州等5个市州), or opening a name in the list of
// examples the number closes (三河汇福粮油江苏基地、…等24个新开工项目: the
// projects', not 三河's), the list unbroken by a clause's end. When the
// list's items are places themselves (四川省有峨眉山市、都江堰市等14个县市),
// the place before them is their scope, not an example.
func (x *extractor) exampleOfCount(end, pos int) bool {
	return examplesCounted(x.s[end:]) || listedExample(x.s[end:pos]) && !x.placesListed(end, pos)
}

// placesListed reports whether a place in [from, to) is an item of a list:
// 、 or 等 right after it.
func (x *extractor) placesListed(from, to int) bool {
	for _, m := range x.pl.at(from, to) {
		if m.End < to && (strings.HasPrefix(x.s[m.End:], "、") || strings.HasPrefix(x.s[m.End:], "等")) {
			return true
		}
	}
	return false
}

// maxExampleRunes bounds the names of a list of examples before its 等N:
// longer, the place is more likely a subject whose figure a later clause
// gives.
const maxExampleRunes = 60

// listedExample reports whether gap, from a place to a figure, is the rest
// of a list of examples: no clause break, and 等 right before the figure.
func listedExample(gap string) bool {
	gap = strings.TrimRight(gap, " ")
	if !strings.HasSuffix(gap, "等") || strings.ContainsAny(gap, "，,。；;：:！？") {
		return false
	}
	return utf8.RuneCountInString(gap) <= maxExampleRunes
}
