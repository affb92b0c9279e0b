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
	var names []string
	for k := len(x.sent) - 1; k >= 0 && len(names) < n; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Start >= x.qs[first].Start || isRate(g.Kind) || g.Kind == Rank || g.Name == "" {
			continue
		}
		names = append([]string{g.Name}, names...)
	}
	if len(names) != n {
		return nil
	}
	return names
}
