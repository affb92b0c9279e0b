package figure

import (
	"strings"
	"unicode/utf8"
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
		r, size := utf8.DecodeLastRuneInString(rest)
		if !strings.ContainsRune(ordinalDigits, r) {
			break
		}
		rest, n = rest[:len(rest)-size], n+1
	}
	return n > 0 && n <= 3 && strings.HasSuffix(rest, "第")
}
