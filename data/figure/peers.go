package figure

import (
	"strings"
	"unicode/utf8"
)

// peerSpan is how far back, in runes, a compared verb may open the phrase
// that a place closes (比第二位的泸州市).
const peerSpan = 10

// notCompared are words holding a compared verb's character that compare
// nothing (占比重最高的, 比例最大的).
var notCompared = []string{"比重", "比例", "比率", "较大", "较高", "较快", "较好"}

// comparedThrough reports whether the place at start closes a phrase that a
// compared verb opens in its own clause (增速比第二位的泸州市快1.2个百分点,
// 高于排名第一的长沙县): a peer the report measures itself against, not
// what the report is about. comparedAt sees only a verb right before the
// place.
func comparedThrough(s string, start int) bool {
	before := s[:start]
	if !strings.HasSuffix(before, "的") {
		return false
	}
	k := len(before)
	for n := 0; n < peerSpan && k > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		if strings.ContainsRune("，,。；;：:、（(！!？?\n", r) {
			break
		}
		k -= size
	}
	phrase := before[k:]
	for _, w := range notCompared {
		phrase = strings.ReplaceAll(phrase, w, "")
	}
	return containsAny(phrase, comparedVerbs)
}
