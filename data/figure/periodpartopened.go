package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// partOpened reports whether period p is opened by 其中: a part of the
// period before it (1-7月…增长8.2%，其中7月份增长10.5%；社会消费品零售总额
// 增长6.1%), whose reach ends with its sentence, or with its clause at a
// ；, where the next item of the release's months begins.
func (x *extractor) partOpened(p corpus.PeriodMention) bool {
	return strings.HasSuffix(trimRightSet(compact(x.s[runeStart(x.s, max(0, p.Start-12)):p.Start]), "，,：:"), "其中")
}

// partMonthSum reports whether the 累计 at k follows right after a single
// month opened by 其中 (the last of before): 核心景区一次进山人数全年累计
// 36.21万人…;其中6月份累计15.2万人 — a part of the sum before it, so the
// month's own total, not the sum from January again, which would be the
// whole the part is taken from.
func (x *extractor) partMonthSum(before []corpus.PeriodMention, k int) bool {
	if len(before) == 0 {
		return false
	}
	last := before[len(before)-1]
	return singleMonthCode(last.Code) && strings.TrimSpace(x.s[last.End:k]) == "" && x.partOpened(last)
}
