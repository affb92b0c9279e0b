package figure

import (
	"strings"
	"unicode/utf8"
)

// A place named after a superlative and the kind of place picked out
// (上半年增长最慢的城市是石家庄,GDP名义增速仅有8.21%; 增速最快的县区为X,
// 增长12%) is the one that owns the figures after it, as after 增幅最高的蒲县:
// only the kind and 是/为 stand between. The words before a place that
// ownerRole reads are too few to hold them, so the text is read here.

// superlativeCopulas join the kind picked out to the place.
var superlativeCopulas = []string{"是", "为"}

// superlativeKindMax is the most characters the kind may have (城市, 县区,
// 省份, 市州).
const superlativeKindMax = 3

// superlativeKindOwner reports whether the place at start follows a
// superlative, a short kind of place and 是/为.
func (x *extractor) superlativeKindOwner(start int) bool {
	before := x.s[max(0, start-40):start]
	rest, ok := "", false
	for _, c := range superlativeCopulas {
		if rest, ok = strings.CutSuffix(before, c); ok {
			break
		}
	}
	if !ok {
		return false
	}
	k := strings.LastIndex(rest, "的")
	if k < 0 {
		return false
	}
	kind := rest[k+len("的"):]
	if n := utf8.RuneCountInString(kind); n == 0 || n > superlativeKindMax || !allHan(kind) {
		return false
	}
	return superlativeOwner(rest[:k+len("的")])
}

// allHan reports whether s holds only Chinese characters.
func allHan(s string) bool {
	for _, r := range s {
		if r < 0x4E00 || r > 0x9FFF {
			return false
		}
	}
	return true
}
