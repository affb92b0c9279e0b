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
	return strings.HasSuffix(strings.TrimRight(compact(x.s[runeStart(x.s, max(0, p.Start-12)):p.Start]), "，,：:"), "其中")
}
