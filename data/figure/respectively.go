package figure

import "strings"

// respectively rewrites the other ways reports say 分别 before a link verb
// (城镇、乡村消费品零售额各为114135.9万元和2067.5万元; 依次为): the numbers
// after them go with the subjects listed before, in order, exactly as
// after 分别. 各 alone is left (新建公园、广场各1个: one number for each).
// A wordReplacer: most clauses hold none of them, and a strings.Replacer
// copies every clause it is given (a third of Extract's allocations).
var respectively = newWordReplacer("各为", "分别为", "各达", "分别达", "依次为", "分别为", "依次达", "分别达")

// respectiveBeforeVerb say 分别 when a link verb follows them (各为, 依次为):
// afterFenbie meets them once the verb is trimmed off.
var respectiveBeforeVerb = []string{"各", "依次"}

// endsRespectively: the words before a number, read back over n link verbs,
// end with 分别 or, once a verb was trimmed, with 各 or 依次.
func endsRespectively(before string, n int) bool {
	return strings.HasSuffix(before, "分别") || n > 0 && hasSuffixAny(before, respectiveBeforeVerb)
}

// pairedWords are the halves of a whole that lists name together, each
// once, between a front and a tail both share (限上法人城镇、乡村消费品零售额:
// 限上法人 | 城镇、乡村 | 消费品零售额). Either may come first.
var pairedWords = [][2]string{
	{"城镇", "乡村"}, {"城镇", "农村"}, {"城市", "农村"}, {"城市", "乡村"},
	{"内资", "外资"}, {"公有", "非公有"}, {"国有", "非国有"},
}

// pairedMembers splits a subject that writes a shared front before the
// first half of a pair and a shared tail after the second: 限上法人城镇、乡村
// 消费品零售额 gives 限上法人城镇消费品零售额 and 限上法人乡村消费品零售额.
// nil when s is no such pair or writes no front (城镇、农村居民… is
// sameLengthHead's).
func pairedMembers(s string) []string {
	before, after, ok := strings.Cut(s, "、")
	if !ok || strings.Contains(after, "、") {
		return nil
	}
	for _, p := range pairedWords {
		for _, o := range [][2]string{p, {p[1], p[0]}} {
			front, ok1 := strings.CutSuffix(before, o[0])
			tail, ok2 := strings.CutPrefix(after, o[1])
			if ok1 && ok2 && front != "" && runeLen(tail) >= 2 {
				return []string{front + o[0] + tail, front + o[1] + tail}
			}
		}
	}
	return nil
}
