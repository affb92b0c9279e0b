package figure

import (
	"slices"
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// placeListJoins join the items of a list of places.
var placeListJoins = []string{"、", "和", "及", "与", ","}

// listCountDigits open the count that closes a list (两县, 3个县).
const listCountDigits = "0123456789一二两三四五六七八九十"

// preferListKind settles a short form shared by two units of one parent
// that differ in kind (伊宁: 伊宁市 and 伊宁县) on the unit of the kind the
// list it stands in counts (伊犁州伊宁、霍城两县: the county; 两县市 or 两
// 县区 count both kinds and settle nothing).
func preferListKind(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention) []gazetteer.Mention {
	for i := range ms {
		if len(ms[i].Codes) != 2 {
			continue
		}
		j := i
		for j+1 < len(ms) && slices.Contains(placeListJoins, text[ms[j].End:ms[j+1].Start]) {
			j++
		}
		if j == i {
			continue // not a list: a count after a lone name is its own (伊宁两县 is no phrase)
		}
		if code, ok := kindCounted(g, ms[i].Codes, listKind(text[ms[j].End:])); ok {
			ms[i].Codes = []string{code}
		}
	}
	return ms
}

// listKind is the kind rune a count right at the start of rest names (两县
// → 县, 3个市 → 市), or 0 when rest opens no count of one kind.
func listKind(rest string) rune {
	n := len(rest) - len(strings.TrimLeft(rest, listCountDigits))
	if n == 0 {
		return 0
	}
	rest = strings.TrimPrefix(rest[n:], "个")
	kind, size := hanzi.DecodeRune(rest)
	if !strings.ContainsRune("县市区旗", kind) {
		return 0
	}
	if next, _ := hanzi.DecodeRune(rest[size:]); strings.ContainsRune("县市区旗", next) {
		return 0 // 两县市: both kinds
	}
	return kind
}

// kindCounted is the one of two sibling codes whose name ends in kind.
func kindCounted(g *gazetteer.Gazetteer, codes []string, kind rune) (string, bool) {
	if kind == 0 {
		return "", false
	}
	a, okA := g.Place(codes[0])
	b, okB := g.Place(codes[1])
	if !okA || !okB || a.Parent != b.Parent {
		return "", false
	}
	endA, _ := hanzi.DecodeLastRune(a.Name)
	endB, _ := hanzi.DecodeLastRune(b.Name)
	switch {
	case endA == kind && endB != kind:
		return a.Code, true
	case endB == kind && endA != kind:
		return b.Code, true
	}
	return "", false
}
