package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// yearGloss is the year the text itself says 今年 means, found on first
// use: 今年(2024年) in a news item on a work report that gives no date of
// its own; and the year its lead writes.
type yearGloss struct {
	glossYear  int
	glossRead  bool
	leadYr     int // the one year the first body paragraph writes (leadYear)
	leadRead   bool
	onlyYr     int // the one year the whole body writes (onlyYear)
	onlyRead   bool
	closed     []closedYear // the years the body tells as done (closedYears)
	closedRead bool
}

// thisYearGlosses write 今年 and an opening bracket; a year alone in the
// bracket glosses it.
var thisYearGlosses = []string{"今年(", "今年（", "今年 ("}

// thisYear is the year 今年 means: the report's date, else the year it
// describes, else the year the text glosses 今年 with; 0 when none is known.
func (x *extractor) thisYear() int {
	if base := relativeBase(x.a); base != 0 {
		return base
	}
	if !x.glossRead {
		x.glossRead = true
		x.glossYear = x.glossedYear()
	}
	return x.glossYear
}

// glossedYear is the year of the first 今年(2024年) in the text, 0 when
// none is written.
func (x *extractor) glossedYear() int {
	for _, g := range thisYearGlosses {
		k := strings.Index(x.s, g)
		if k < 0 {
			continue
		}
		at := k + len(g)
		j := x.qAfter(at)
		if j == len(x.qs) || x.qs[j].Start != at || x.qs[j].Kind != quantity.Date || x.qs[j].Unit != "年" {
			continue
		}
		rest := x.s[x.qs[j].End:]
		if strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）") {
			return int(x.qs[j].Value)
		}
	}
	return 0
}
