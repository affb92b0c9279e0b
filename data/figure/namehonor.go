package figure

import "strings"

// honorVerbs follow a counted noun to say what title the things counted
// were given (15个村被命名为省级卫生村, 6个村入选省民主法治示范村, 2家卫生院
// 入选全国基层卫生健康示范单位).
var honorVerbs = byLength([]string{"被评为", "被命名为", "被认定为", "被列为", "被授予", "入选", "获评", "评为", "命名为", "认定为"})

// honorTitleMax bounds the title read after an honor verb.
const honorTitleMax = 20

// honoredAs names a count of a short noun (村, 卫生院, 项目) by the title
// they were given, as golds write 入选国家智能制造示范的企业: the verb
// without its 被, then the title (入选省民主法治示范村, 命名为省级卫生村); ""
// when no honor verb follows the noun. The bare noun alone names nothing a
// reader can tell apart from the other counts of the sentence.
func (x *extractor) honoredAs(obj string, end int) string {
	if obj == "" || runeLen(obj) > 3 {
		return ""
	}
	after := quoteMarks.Replace(compact(x.s[end:min(len(x.s), end+120)]))
	rest, ok := strings.CutPrefix(after, obj)
	if !ok {
		return ""
	}
	title, verb := trimPrefixes(rest, honorVerbs)
	if verb == "" {
		return ""
	}
	if k := strings.IndexAny(title, "，,。；;、：:（("); k >= 0 {
		title = title[:k]
	}
	if runeLen(title) < 2 || runeLen(title) > honorTitleMax {
		return ""
	}
	return strings.TrimPrefix(verb, "被") + title
}
