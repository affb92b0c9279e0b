package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// A count of the indicators just named, before 分别 (接待游客150.64万人次，实
// 现旅游收入9.11亿元，两项指标分别比上年同期增长22%和23%), counts nothing new:
// it points back at them, and the numbers after 分别 are theirs, in order.

// backReferences follow such a count (两项): the indicators, then 分别.
var backReferences = []string{"指标分别", "指标同比分别", "指标均"}

// backReferenceCount: see backReferences.
func backReferenceCount(q quantity.Quantity, after string) bool {
	return q.Chinese && q.Value <= 5 && (q.Unit == "项" || q.Unit == "个") && hasPrefixAny(after, backReferences)
}

// referredNames names the n numbers after such a count by the indicators
// of the sentence before it, in order; nil when the sentence holds fewer.
func (x *extractor) referredNames(cl clause, first, n int) []string {
	if !cl.fenbie || cl.name != "指标" && cl.name != "" {
		return nil
	}
	raw := compact(x.s[clauseStart(x.s, x.sentStart, x.qs[first].Start):x.qs[first].Start])
	if !strings.Contains(raw, "指标分别") {
		return nil
	}
	return x.namesBefore(first, n, func(g *Figure) bool { return !isRate(g.Kind) && g.Kind != Rank })
}

// namesBefore is the names of the last n written figures before quantity
// first in its sentence that keep, in order; nil when there are fewer.
func (x *extractor) namesBefore(first, n int, keep func(*Figure) bool) []string {
	var names []string
	for k := len(x.sent) - 1; k >= 0 && len(names) < n; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Start >= x.qs[first].Start || g.Name == "" || !keep(g) {
			continue
		}
		names = append([]string{g.Name}, names...)
	}
	if len(names) != n {
		return nil
	}
	return names
}

// totalsOfMembers names the n totals after 分别 (新增高速公路1317公里、一级
// 公路2667公里，总里程分别达4246公里和3166公里) by the amounts of the same
// unit written before them, in order: 高速公路总里程, 一级公路总里程.
func (x *extractor) totalsOfMembers(cl clause, first, n int, f Figure) []string {
	if !cl.fenbie || !memberAttributes[cl.name] || !strings.HasPrefix(cl.name, "总") || n < 2 {
		return nil
	}
	names := x.namesBefore(first, n, func(g *Figure) bool { return g.Kind == f.Kind && g.NormUnit == f.NormUnit })
	for k := range names {
		names[k] = attributeOfMember(names[k], cl.name)
	}
	return names
}
