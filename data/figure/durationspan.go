package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// spanToNowEnds after a duration make it the span up to now that a record
// is set over (为10年来最高增幅, 为5年以来最高): the time of a comparison,
// not a time taken, even after 为.
var spanToNowEnds = []string{"来", "以来"}

// spanToNow reports whether duration q is a span up to now.
func (x *extractor) spanToNow(q quantity.Quantity) bool {
	return hasPrefixAny(x.s[q.End:], spanToNowEnds)
}

// recordMarks follow the span of a record once its number is read
// (规模以上工业增加值10年来最高增幅 leaves …来最高增幅): the record is a
// judgment, the name is the indicator before it.
var recordMarks = []string{"来最", "来首次", "以来最", "以来首次"}

// cutRecord: 规模以上工业增加值来最高增幅 is 规模以上工业增加值.
func cutRecord(n string) string {
	for _, w := range recordMarks {
		if k := strings.Index(n, w); k >= 0 {
			return n[:k]
		}
	}
	return n
}
