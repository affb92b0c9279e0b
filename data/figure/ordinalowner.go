package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// ordinalLinks join an ordinal to the place it picks out: 第三是洞口县,
// 第四位为大祥区. Like 其次是 (superlatives), the place so ranked is the
// subject of what follows: 第三是洞口县，GDP为94.26亿元.
var ordinalLinks = []string{"位是", "名是", "位为", "名为", "是", "为"}

// ordinalDigits may stand between 第 and a link (第三是, 第12位是).
const ordinalDigits = "一二三四五六七八九十0123456789"

// ordinalOwner reports whether the words before a place (compacted) are an
// ordinal and a link: 第三是, 倒数第二是. The place is in an owner's
// position, as after 其次是.
func ordinalOwner(before string) bool {
	link := suffixOf(before, ordinalLinks)
	if link == "" {
		return false
	}
	rest := strings.TrimSuffix(before, link)
	n := 0
	for rest != "" {
		r, size := hanzi.DecodeLastRune(rest)
		if !strings.ContainsRune(ordinalDigits, r) {
			break
		}
		rest, n = rest[:len(rest)-size], n+1
	}
	return n > 0 && n <= 3 && strings.HasSuffix(rest, "第")
}

// placeAfterOrdinal reports whether an ordinal ending at end that the
// quantity reader left unranked (第三是…) is linked by 是 or 为 to a place
// written right after: 第三是洞口县 in a list of counties by GDP is a rank
// held by 洞口县; 第三是加强… (a point of a speech) names no place.
func (x *extractor) placeAfterOrdinal(end int) bool {
	rest := x.s[end:]
	var at int
	switch {
	case strings.HasPrefix(rest, "是"):
		at = end + len("是")
	case strings.HasPrefix(rest, "为"):
		at = end + len("为")
	default:
		return false
	}
	for _, m := range x.pl.at(at, at+1) {
		if m.Start == at && !x.nameLike(m) && x.pl.level(m) != gazetteer.Town {
			return true
		}
	}
	return false
}
