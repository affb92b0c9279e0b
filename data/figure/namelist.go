package figure

import "strings"

// placeListItem: a list of places, each with its number, after a total
// and 分别为 (全市亿元以上新签约项目174个,分别为:霍山县34个、…; 共外出招商
// 195批次,分别为:舒城县35次、…) gives each number the total's name: the
// words before each number are only its place.
func (c *naming) placeListItem() bool {
	x := c.x
	if c.cl.name != "" {
		return false
	}
	raw := strings.Trim(compact(c.cl.raw), "、，,：:；; ")
	if raw == "" {
		return false
	}
	if rest, place := x.trimPlace(raw); place == "" || rest != "" {
		return false
	}
	before := x.s[x.sentStart:c.q.Start]
	k := max(strings.LastIndex(before, "分别为"), strings.LastIndex(before, "分别是"))
	if k < 0 {
		return false
	}
	at := x.sentStart + k
	for j := len(x.sent) - 1; j >= 0; j-- {
		if g := x.out[x.sent[j]]; !g.Derived && g.End <= at && g.Kind == c.f.Kind {
			if g.Name == "" {
				return false
			}
			c.n = g.Name
			return true
		}
	}
	return false
}

// dropTotalAdverb: 共 between a subject and its verb says "in all" and is
// no part of the name (县区党政主要负责同志共外出招商: …同志外出招商); 共
// before other words is part of them (共享, 共建, 公共).
func dropTotalAdverb(n string) string {
	k := strings.Index(n, "共")
	if k <= 0 || strings.HasSuffix(n[:k], "公") || strings.HasSuffix(n[:k], "总") {
		return n
	}
	rest := n[k+len("共"):]
	if hasPrefixAny(rest, actionVerbs) || hasPrefixAny(rest, totalVerbs) {
		return n[:k] + rest
	}
	return n
}

// totalVerbs follow 共 in a count's words besides the action verbs
// (共外出招商195批次, 共引进项目12个).
var totalVerbs = []string{"外出", "引进", "签约", "接待", "新增", "招引", "签订", "举办", "培训"}
