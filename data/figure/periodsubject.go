package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// divisionEnds end the name of a division that may open a clause as its
// subject right before the clause's period: 福州市第一季度固定资产投资完成
// 1162.59亿元 (a21), 全县一季度, 我区1-5月.
const divisionEnds = "县市区省州盟旗镇乡"

// subjectRunes is the longest such subject, in characters.
const subjectRunes = 6

// trimClauseSubject removes from the end of before, the text before a
// period, a division that opens its clause (。福州市|第一季度): the period
// then opens the clause as much as one written first. A longer tail, or
// one that compares (增速比全市), is left.
func trimClauseSubject(before string) string {
	k := len(before)
	n := 0
	for k > 0 && n <= subjectRunes {
		r, sz := hanzi.DecodeLastRune(before[:k])
		if r == '\n' || isPunct(r) {
			break
		}
		k -= sz
		n++
	}
	tail := before[k:]
	if n == 0 || n > subjectRunes || !strings.ContainsAny(lastRunes(tail, 1), divisionEnds) || containsAny(tail, comparisonWords) || containsAny(tail, scopeVerbs) && !strings.HasPrefix(tail, "全") {
		return before
	}
	return before[:k]
}
