package figure

import (
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// placeListItem: a list of places, each with its number, after a total
// and 分别为 (全市亿元以上新签约项目174个,分别为:霍山县34个、…; 共外出招商
// 195批次,分别为:舒城县35次、…) gives each number the total's name: the
// words before each number are only its place.
func (c *naming) placeListItem() bool {
	x := c.x
	if c.cl.name != "" {
		return false
	}
	raw := trimSet(compact(c.cl.raw), "、，,：:；; ")
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
// (共外出招商195批次, 共引进项目12个, 招商引资项目共到位资金71.15亿元).
var totalVerbs = []string{"外出", "引进", "签约", "接待", "新增", "招引", "签订", "举办", "培训", "到位", "完成", "实现"}

// countedList: a 分别 clause that names nothing, after a clause that lists
// its members and counts them (汽车制造业、食品制造业、燃气生产和供应业三个
// 行业增加值增势较好,分别增长89.2%、11.4%、159.4%), gives the n-th number
// the n-th member with the indicator written after the count (增加值); nil
// when the clause before does not read so.
func (x *extractor) countedList(cs, n int) []string {
	if cs <= x.sentStart {
		return nil
	}
	ps := clauseStart(x.s, x.sentStart, cs-1)
	from := sort.Search(len(x.qs), func(k int) bool { return x.qs[k].Start >= ps })
	for _, q := range x.qs[from:] {
		if q.Start >= cs {
			break
		}
		if q.Kind != quantity.Count || q.Value != float64(n) {
			continue
		}
		after := compact(x.s[q.End:cs])
		if t, w := trimPrefixes(after, countedNouns); w != "" {
			after = t
		}
		head := ""
		for _, h := range indicatorHeads {
			if strings.HasPrefix(after, h) && len(h) > len(head) {
				head = h
			}
		}
		members := x.listedMembers(compact(x.s[ps:q.Start]))
		if len(members) != n {
			return nil
		}
		for k, m := range members {
			if !strings.HasSuffix(m, head) {
				members[k] = m + head
			}
		}
		return members
	}
	return nil
}

// countedNouns follow the count of a list's members (三个行业, 两大产业).
var countedNouns = byLength([]string{"行业", "产业", "大类行业", "门类", "类", "项", "种"})

// judgedList: a 分别 clause that names nothing, after a clause with no
// figure that lists its members and judges them (灾后重建的基础设施投资和
// 民生投资项目增长也较快,分别增长88.0%和73.1%), takes them as its members;
// nil when the clause before does not list n of them.
func (x *extractor) judgedList(cs, n int) []string {
	if cs <= x.sentStart {
		return nil
	}
	ps := clauseStart(x.s, x.sentStart, cs-1)
	if x.figureBetween(ps, cs) {
		return nil // the clause before holds a figure; the list's own members, asking in turn, are after it
	}
	// not by fareJudgements: 对欧盟、香港出口强劲 lists places before a head
	// the members share, which the figure's own name splits
	t := judgedBy(compact(x.s[ps:cs]), rateJudgements, momentumWords, paceWords)
	if t == "" {
		return nil
	}
	if members := x.listedMembers(t); len(members) == n {
		return members
	}
	return nil
}
