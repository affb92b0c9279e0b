package figure

import (
	"regexp"
	"strconv"
	"strings"
)

// yearsOfChange is a change written with both its years: 由2010年的77亿元
// 跃升到2015年的161.1亿元, 从2006年的19.8亿元增至2011年的.
var yearsOfChange = regexp.MustCompile(`[由从]\s*((?:19|20)\d{2})\s*年(?:末|底)?的?[^，,；;。]{0,40}?[到至]\s*(?:19|20)\d{2}\s*年`)

// changeArrivals close a change in its verb: 由…提高到, 从…增至.
const changeArrivals = "到至"

// changeStartYear is the year of a figure that starts a change written
// without its years (由21亿元提高到41.5亿元, 从45个发展到117个): the value is
// of a year before the one the sentence tells. A review that writes the
// years of its first change (全州地区生产总值由2010年的77亿元跃升到2015年的
// 161.1亿元…;社会消费品零售总额由21亿元提高到41.5亿元) means the same span
// for the changes after it in the sentence: the first year's. With no such
// change before it the year is not known: nil. ok is false when the figure
// at pos starts no change.
func (x *extractor) changeStartYear(ss, pos int) (year *int, ok bool) {
	if !hasSuffixAny(compact(x.s[runeStart(x.s, max(ss, pos-9)):pos]), changeFrom) {
		return nil, false
	}
	j := x.qAfter(pos)
	if j+1 >= len(x.qs) || x.qs[j].Start != pos {
		return nil, false
	}
	gap := x.s[x.qs[j].End:x.qs[j+1].Start]
	if strings.ContainsAny(gap, "，,；;。") || !strings.ContainsAny(gap, changeArrivals) {
		return nil, false
	}
	ms := yearsOfChange.FindAllStringSubmatch(x.s[ss:pos], -1)
	if ms == nil {
		return nil, true
	}
	y, _ := strconv.Atoi(ms[len(ms)-1][1])
	return &y, true
}
