package figure

import (
	"sort"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// otherYearStated reports whether, in a release of a part of a year, the
// figure at pos is stated of another whole year its own sentence writes
// (会上介绍，2022年全市地区生产总值达到520亿元，比2012年增长1.5倍。今年1至7月，
// 全市规上工业增加值增长8.1%): the year is the figure's own (not a base),
// no period is written between it and the figure, and the text does not
// write its period with that year (2024年一季度 makes 2024年… the quarter's).
// Such a figure is of that whole year, as a sentence opening 2023年，is
// (earlierYearOpens).
func (x *extractor) otherYearStated(ss, pos int) bool {
	if x.a.Period == "" {
		return false
	}
	at := -1
	from := max(ss, pos-otherYearReach)
	for j := x.qAfter(from); j < len(x.qs) && x.qs[j].Start < pos; j++ {
		if x.qs[j].Kind == quantity.Date && x.qs[j].Unit == "年" && x.ownYearAt(j, from, pos) {
			at = j
		}
	}
	if at < 0 {
		return false
	}
	q := x.qs[at]
	y := int(q.Value)
	if after := strings.TrimLeft(x.s[q.End:pos], " "); y == x.a.Date.Year || hasPrefixAny(after, otherYearKeeps) {
		return false // the page's own year; 2022年全年 is ownYearAt's; 2022年同期为4.1% is the same months'
	}
	x.ensurePeriods()
	k := sort.Search(len(x.periods), func(i int) bool { return x.periods[i].Start >= q.Start })
	if k < len(x.periods) && x.periods[k].Start < pos {
		return false // 2022年1-7月, 2022年同期…一季度: a period of its own
	}
	return !x.writesPeriodWith(y)
}

// otherYearReach is how far before a figure (in bytes, some 400
// characters) the years of its sentence are read: on a page without full
// stops (a table run together, a list of 、) the sentence is the whole
// page, and reading each of its years for every figure made extraction
// quadratic (120 KB took minutes).
const otherYearReach = 1200

// otherYearKeeps after the year leave the figure's period to the rules
// that read them: 全年 (ownYearAt), 同期 and 同月 (the same months of that
// year: 2022年同期为4.1% in a release of 前三季度 is of its 前三季度).
var otherYearKeeps = []string{"全年", "同期", "同月", "同季"}

// writesPeriodWith reports whether the text writes one of its periods
// right after year y (2024年一季度, 2024年1-5月).
func (x *extractor) writesPeriodWith(y int) bool {
	for _, p := range x.periods {
		if x.datedAt(p.Start) && datedYear(x.s, p.Start) == y {
			return true
		}
	}
	return false
}

// datedYear is the year written right before k (2024年 before 一季度), as
// datedAt finds it; 0 when none.
func datedYear(s string, k int) int {
	before := strings.TrimSuffix(strings.TrimRight(s[max(0, k-12):k], " "), "年")
	if len(before) < 4 {
		return 0
	}
	y, err := strconv.Atoi(before[len(before)-4:])
	if err != nil {
		return 0
	}
	return y
}
