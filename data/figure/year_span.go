package figure

import (
	"regexp"
	"strconv"
	"strings"
)

// yearSpan is a run of years a sentence opens with: 2016年至2018年,
// 2016-2018年.
var yearSpan = regexp.MustCompile(`((?:19|20)\d{2})\s*年?\s*(?:至|到|—|-|－|~|～)\s*((?:19|20)\d{2})\s*年`)

// spanMemberYear is the year of a member of a 分别 list after a run of
// years with as many years as the list has members: 2016年至2018年,分别完成
// 国内生产总值236.3亿元、314.5亿元、365亿元 gives them 2016, 2017 and 2018,
// and so does a list of the years (2021年、2022年、2023年分别增长8.5%、4.1%和
// 6.0%).
// A figure after the list (预计年均增长24.5%) is not a member. ok is false
// when the figure at pos is no such member.
func (x *extractor) spanMemberYear(ss, pos int) (year *int, ok bool) {
	// only a window before the figure is read, and the list is walked no
	// further than the span's length: a long list stays linear
	from := runeStart(x.s, max(ss, pos-spanReach))
	before := x.s[from:pos]
	k := lastIndex(before, "分别")
	if k < 0 {
		return nil, false
	}
	years := x.listedYears(from, from+k)
	if span, ok := yearSpanBefore(before[:k]); ok {
		years = span
	} else if span != nil {
		return nil, false
	}
	want := len(years)
	if want < 2 {
		return nil, false
	}
	j := x.qAfter(from + k)
	at, n := -1, 0
	for i := j; i < len(x.qs) && n <= want; i++ {
		if x.qs[i].Start == pos {
			at = n
		}
		n++
		if i+1 == len(x.qs) || !valueJoin(x.s[x.qs[i].End:x.qs[i+1].Start]) {
			break
		}
	}
	if at < 0 || n != want {
		return nil, false
	}
	y := years[at]
	return &y, true
}

// yearSpanBefore returns the years of the last run of years in s
// (2016年至2018年: 2016, 2017, 2018), ok when there is one; a run of one
// year or of more than fifty is none (non-nil, not ok).
func yearSpanBefore(s string) (years []int, ok bool) {
	if !yearThenLink(s) {
		return nil, false // the regexp cannot match
	}
	ms := yearSpan.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return nil, false
	}
	m := ms[len(ms)-1]
	first, _ := strconv.Atoi(s[m[2]:m[3]])
	last, _ := strconv.Atoi(s[m[4]:m[5]])
	if last-first+1 < 2 || last-first+1 > 50 {
		return []int{}, false
	}
	for y := first; y <= last; y++ {
		years = append(years, y)
	}
	return years, true
}

// yearSpanLinks are the links of yearSpan.
var yearSpanLinks = []string{"至", "到", "—", "-", "－", "~", "～"}

// yearThenLink reports whether s holds the start of a yearSpan: a year of
// four digits (19xx, 20xx), blanks, perhaps 年, blanks and a link. Without
// one the regexp cannot match, and most lists after 分别 have none: the
// regexp over the window before every member was a fiftieth of Extract.
func yearThenLink(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		rest := strings.TrimLeft(s[i+4:], "\t\n\f\r ")
		rest = strings.TrimLeft(strings.TrimPrefix(rest, "年"), "\t\n\f\r ")
		if hasPrefixAny(rest, yearSpanLinks) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// spanReach is how far before a list, in bytes, its run of years and its
// 分别 may stand: 2016年至2018年 and two lists of 分别完成… before the third.
const spanReach = 480
