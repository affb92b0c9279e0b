package figure

import "github.com/zhibiao/zhibiao/data/quantity"

// spanToNowEnds after a duration make it the span up to now that a record
// is set over (为10年来最高增幅, 为5年以来最高): the time of a comparison,
// not a time taken, even after 为.
var spanToNowEnds = []string{"来", "以来"}

// spanToNow reports whether duration q is a span up to now.
func (x *extractor) spanToNow(q quantity.Quantity) bool {
	return hasPrefixAny(x.s[q.End:], spanToNowEnds)
}
