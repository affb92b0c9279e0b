package figure

import "strings"

// Figures of places listed or named alone in a round-up of a region's
// units (贵州 前三季度市县: 遵义、黔西南、安顺地区生产总值…分别增长11.7%、
// 11.5%、11.3%; 毕节超过1500亿元,达到1585.86亿元): the places are the
// figures' regions, not their names; the name is the indicator written
// after the places, or the one the paragraph is about.

// placesIndicator reads a subject that lists places and then, maybe, an
// indicator (遵义、黔西南、安顺地区生产总值): ok is true when every member
// before the last is a place alone and the last opens with one; ind is what
// follows the last place, cleaned ("" when nothing does).
func (x *extractor) placesIndicator(s string) (ind string, ok bool) {
	parts := splitOn(s, "、")
	if len(parts) < 2 {
		return "", false
	}
	for _, p := range parts[:len(parts)-1] {
		if !x.onlyPlace(p) {
			return "", false
		}
	}
	rest, place := x.trimPlace(parts[len(parts)-1])
	if place == "" {
		return "", false
	}
	if k := comparisonAt(rest); k >= 0 {
		rest = rest[:k] // 地区生产总值比上年同期保持两位数增长
	}
	if strings.ContainsFunc(rest, isDigitRune) {
		return "", true // 黔西南位于1000亿元至1500亿元之间: a bound, not an indicator
	}
	return x.cleanName(rest), true
}

// placesMembers names the n numbers of a list whose subject lists places:
// each the indicator after them, or the paragraph's; nil when the subject
// lists no places or no indicator is known.
func (x *extractor) placesMembers(s string, pos, n int) []string {
	ind, ok := x.placesIndicator(s)
	if !ok {
		return nil
	}
	if ind == "" {
		g := x.indicatorTopicAt(pos)
		if g == nil {
			return nil
		}
		ind = g.Name
	}
	out := make([]string, n)
	for k := range out {
		out[k] = ind
	}
	return out
}

// placeTopic: an amount or growth whose words name only a place (毕节超过
// 1500亿元,达到1585.86亿元) is of the indicator the paragraph is about.
func (c *naming) placeTopic() bool {
	if c.n != "" && !isAny(c.n, rangeVerbs) || c.f.Kind != Level && c.f.Kind != Growth {
		return false
	}
	x := c.x
	raw := trimSet(compact(x.s[clauseStart(x.s, x.sentStart, c.q.Start):c.q.Start]), "，,、；;")
	raw, _ = trimSuffixes(raw, linkVerbs)
	if raw == "" {
		raw = trimSet(compact(x.s[clauseStart(x.s, x.sentStart, max(x.sentStart, clauseStart(x.s, x.sentStart, c.q.Start)-1)):c.q.Start]), "，,、；;")
	}
	if k := strings.IndexFunc(raw, isDigitRune); k >= 0 {
		raw = raw[:k] // 毕节超过1500亿元,达到: the place before the threshold
	}
	raw, _ = trimSuffixes(raw, linkVerbs)
	raw, _ = trimSuffixes(raw, rangeVerbs)
	if _, ok := x.placesIndicator(raw + "、"); !ok && !x.onlyPlace(raw) {
		return false
	}
	if g := x.indicatorTopicAt(c.q.Start); g != nil && g.Start < c.q.Start {
		c.n = g.Name
		return true
	}
	return false
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// fenbieSubject is the subject a 分别 list of numbers speaks of: its
// clause's words before 分别, or the clause before when they are empty.
func (x *extractor) fenbieSubject(cl clause, first int) string {
	// a list longer than longSentence began in a sentence before the cut
	ss := min(x.sentStart, x.qs[first].Start)
	cs := clauseStart(x.s, ss, x.qs[first].Start)
	own := compact(x.s[cs:x.qs[first].Start])
	if k := strings.Index(own, "分别"); k > 0 {
		return own[:k]
	}
	if cs <= ss {
		return ""
	}
	ps := clauseStart(x.s, ss, cs-1)
	return trimSet(compact(x.s[ps:cs]), "，,；;")
}

// rangeVerbs put places in a range of values (黔南、铜仁…位于1000亿元至
// 1500亿元之间): no indicator of their own.
var rangeVerbs = []string{"位于", "处于", "介于"}
