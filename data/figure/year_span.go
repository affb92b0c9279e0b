package figure

import (
	"regexp"
	"strconv"
	"strings"
)

// yearSpan is a run of years a sentence opens with: 2016年至2018年,
// 2016-2018年.
var yearSpan = regexp.MustCompile(`((?:19|20)\d{2})\s*年?\s*(?:至|到|—|-|－|~|～)\s*((?:19|20)\d{2})\s*年`)

// memberJoins stand between the members of a 分别 list: 236.3亿元、314.5亿元、
// 365亿元, 43.0%和15.1%.
var memberJoins = []string{"、", "和", "及", "与"}

// spanMemberYear is the year of a member of a 分别 list after a run of
// years with as many years as the list has members: 2016年至2018年,分别完成
// 国内生产总值236.3亿元、314.5亿元、365亿元 gives them 2016, 2017 and 2018.
// A figure after the list (预计年均增长24.5%) is not a member. ok is false
// when the figure at pos is no such member.
func (x *extractor) spanMemberYear(ss, pos int) (year *int, ok bool) {
	sent := x.s[ss:pos]
	ms := yearSpan.FindAllStringSubmatchIndex(sent, -1)
	if ms == nil {
		return nil, false
	}
	m := ms[len(ms)-1]
	from, _ := strconv.Atoi(sent[m[2]:m[3]])
	to, _ := strconv.Atoi(sent[m[4]:m[5]])
	k := strings.LastIndex(sent, "分别")
	if k < m[1] || to <= from {
		return nil, false
	}
	j := firstAfter(x.qs, ss+k)
	if j >= len(x.qs) {
		return nil, false
	}
	n, at := 1, -1
	for i := j; i < len(x.qs); i++ {
		if x.qs[i].Start == pos {
			at = i - j
		}
		if i+1 == len(x.qs) || !matchAny(strings.TrimSpace(x.s[x.qs[i].End:x.qs[i+1].Start]), memberJoins) {
			break
		}
		n++
	}
	if at < 0 || n != to-from+1 {
		return nil, false
	}
	y := from + at
	return &y, true
}
