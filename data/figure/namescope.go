package figure

import "strings"

// Counts of a scope and of its part (全省41个大类行业中有37个增加值保持增长;
// 35个行业大类中,19个行业增加值保持正增长): the first is named by the scope
// (大类行业), the second by what is said of its part, then the scope
// (增加值保持增长的大类行业).

// scopeCount: a count followed by its noun and 中 is the scope of a count
// that follows.
func (c *naming) scopeCount() bool {
	if c.f.Kind != Count {
		return false
	}
	if x := c.scopeAfter(c.q.End); x != "" {
		c.n = x
		return true
	}
	return false
}

// scopeAfter is the noun between a count's end and 中 (个大类行业中有: 大类
// 行业), or "".
func (c *naming) scopeAfter(end int) string {
	x := c.x
	rest := x.s[end:min(len(x.s), end+40)]
	k := strings.Index(rest, "中")
	if k <= 0 || strings.HasSuffix(rest[:k], "其") {
		return "" // 255项(其中1-10月份…: 其中 opens the parts, no scope
	}
	noun := compact(rest[:k])
	if runeLen(noun) < 2 || runeLen(noun) > 8 || strings.ContainsAny(noun, "，,；;。、（）()") {
		return ""
	}
	after := trimLeftSet(rest[k+len("中"):], "，, ")
	if !strings.HasPrefix(after, "有") && !startsWithDigit(after) {
		return ""
	}
	return noun
}

// partOfScope names the count of a scope's part: 37个 after 41个大类行业中有.
func (c *naming) partOfScope() bool {
	p := c.prev
	if c.f.Kind != Count || p == nil || p.Kind != Count {
		return false
	}
	x := c.x
	scope := (&naming{x: x}).scopeAfter(p.End)
	if scope == "" || !strings.Contains(x.s[p.End:c.q.Start], scope) {
		return false
	}
	said := compact(x.s[c.q.End:clauseEnd(x.s, c.q.End, len(x.s))])
	if k := strings.IndexAny(said, "、0123456789"); k >= 0 {
		said = said[:k] // 3项指标增速排名全区前三、2项…: the next part begins
	}
	said = trimScopeWord(said, scope)
	for _, w := range partNoise {
		said = strings.ReplaceAll(said, w, "")
	}
	if runeLen(said) < 2 {
		return false
	}
	c.n = said + "的" + scope
	return true
}

// trimScopeWord takes off the front of the part's words a two-character
// word of the scope they repeat (19个行业增加值… in 35个行业大类中: 行业).
func trimScopeWord(said, scope string) string {
	r := []rune(scope)
	for k := 0; k+2 <= len(r); k++ {
		if t, ok := strings.CutPrefix(said, string(r[k:k+2])); ok {
			return t
		}
	}
	return said
}

// partNoise are words of the part's clause that are no part of its name.
var partNoise = []string{"同比", "实现", "均"}

func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// listCount: a count right after a list of members, counting them (汽车制造
// 业、食品制造业、燃气生产和供应业三个行业增加值增势较好), is named by what
// is said of them and the noun they are (增加值增势较好的行业).
func (c *naming) listCount() bool {
	if c.f.Kind != Count {
		return false
	}
	x := c.x
	cs := clauseStart(x.s, x.sentStart, c.q.Start)
	if !strings.Contains(x.s[cs:c.q.Start], "、") {
		return false
	}
	before := compact(x.s[cs:c.q.Start])
	if hasSuffixAny(before, verbEnds) || hasSuffixAny(before, linkVerbs) {
		return false
	}
	after := compact(x.s[c.q.End:clauseEnd(x.s, c.q.End, len(x.s))])
	rest, noun := trimPrefixes(after, memberNouns)
	if noun == "" || runeLen(rest) < 2 || strings.ContainsFunc(rest, isDigitRune) || hasPrefixAny(rest, memberNounContinuations) {
		return false
	}
	c.n = rest + "的" + noun
	return true
}

// memberNouns follow the count of a list's members and name what they are
// (三个行业, 两大产业); 项 and 类 open other words (项目, 类别) and are left out.
var memberNouns = byLength([]string{"行业", "产业", "大类行业", "门类", "企业"})

// memberNounContinuations make a member noun part of a longer word
// (产业类项目, 产业链, 企业家): then the count is not of the list's members
// (…等59个产业类和基建类项目落地开工).
var memberNounContinuations = []string{"类", "链", "园", "集群", "基地", "项目", "家", "化"}
