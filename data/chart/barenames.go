package chart

import (
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/figure"
)

// A name labels a measure when a reader can tell from it alone what was
// counted or summed. The extractor names a figure by the words before it,
// and for 新开工项目6个 or 走访企业800家余 those can be a bare noun (项目,
// 企业): the figures stay in the article's table, where their sentence
// says what they count, but across articles a column of 企业 holds 3
// honoured firms beside 800 firms visited — not one indicator. Nor is an
// attribute without its owner (总投资, 增速, 年产值: of what?). Such names
// are not offered to chart or compare.

// bareNouns name members of any list: what kind of firm, project or
// village the sentence says, the name alone does not. Measure words as
// names (家, 个) come from a count whose noun the extractor missed.
var bareNouns = []string{
	"项目", "子项目", "企业", "公司", "单位", "部门", "村", "社区", "人才", "事项", "问题", "工作",
	"家", "个", "人", "户", "次", "项", "件", "名",
}

// bareNames are the bare nouns, and 总分, a score's total whose test the
// name does not say. Attributes without their owner (总投资, 增速, 总产量)
// are the extractor's own list: figure.IsOwnerlessAttribute.
var bareNames = func() map[string]bool {
	m := map[string]bool{"总分": true}
	for _, w := range bareNouns {
		m[w] = true
	}
	return m
}()

// IsBareName reports a name that does not label a measure on its own: a
// bare noun (企业, 项目), an attribute without its owner (总投资), or a
// single character. Charts and Compare offer no such indicator.
func IsBareName(name string) bool {
	n := strings.TrimSpace(name)
	return bareNames[n] || figure.IsOwnerlessAttribute(n) || utf8.RuneCountInString(n) < 2
}
