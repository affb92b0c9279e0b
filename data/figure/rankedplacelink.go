package figure

import "strings"

// rankLinks join a rank to the place that holds it, written right after:
// 第二位的泸州市, 排名第一的是大祥区, 倒数第二的是北塔区, 第三是洞口县.
// Longest first.
var rankLinks = []string{"的是", "的为", "的", "是", "为"}

// rankLinkLen is the length in bytes of the rank link rest opens with, or
// -1 when it opens with none.
func rankLinkLen(rest string) int {
	for _, w := range rankLinks {
		if strings.HasPrefix(rest, w) {
			return len(w)
		}
	}
	return -1
}
