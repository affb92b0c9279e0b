package chart

import (
	"strings"
	"unicode/utf8"
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

// ownerlessAttributes measure something the name does not say (the
// extractor's genericNames, which it joins to an owner when it finds one).
var ownerlessAttributes = []string{
	"总投资", "总投资额", "投资", "投资额", "增速", "增幅", "增长率", "总数", "总量", "总额",
	"总产值", "产值", "年产值", "总规模", "规模", "占比", "比重", "排名", "位次", "综合排名",
	"数量", "金额", "资金", "总分", "总和",
}

var bareNames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range append(append([]string(nil), bareNouns...), ownerlessAttributes...) {
		m[w] = true
	}
	return m
}()

// IsBareName reports a name that does not label a measure on its own: a
// bare noun (企业, 项目), an attribute without its owner (总投资), or a
// single character. Charts and Compare offer no such indicator.
func IsBareName(name string) bool {
	n := strings.TrimSpace(name)
	return bareNames[n] || utf8.RuneCountInString(n) < 2
}
