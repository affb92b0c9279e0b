package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// sumWords after a span of years make it the span a total covers
// (全社会固定资产投资五年累计完成406.5亿元): part of the total's name.
var sumWords = []string{"累计", "合计", "共计"}

// sumSpan: p is a duration followed by a sum word (五年累计).
func (x *extractor) sumSpan(p quantity.Quantity) bool {
	return p.Kind == quantity.Duration && hasPrefixAny(strings.TrimSpace(x.s[p.End:min(len(x.s), p.End+12)]), sumWords)
}
