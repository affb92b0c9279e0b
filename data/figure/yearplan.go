package figure

import (
	"strings"
)

// planEnds are the five-year plans by the last year they cover: a figure
// of “十一五〞期末 or 十二五末 is that year's (a work report opening a plan
// reviews the last one's end, i06).
var planEnds = []struct {
	name string
	end  int
}{
	// longest first: 十五五 ends with 十五's 五
	{"十五五", 2030}, {"十四五", 2025}, {"十三五", 2020}, {"十二五", 2015},
	{"十一五", 2010}, {"十五", 2005}, {"九五", 2000},
}

// planEndWords after a plan's name (and its closing quote) name its last
// year; 期间 names its whole span, which has no one year.
var planEndWords = []string{"期末", "末"}

// planQuotes may close a plan's name: “十一五〞, "十二五".
const planQuotes = "”〞\"’」"

// planEndIn is the last plan end written in s[from:to] as the time of its
// clause, with its offset: not a base (是“十五〞期末的1.9倍, 比十二五末).
// 0, -1 when none is.
func planEndIn(s string, from, to int) (int, int) {
	year, at := 0, -1
	seg := s[from:to]
	if !strings.Contains(seg, "五") || !strings.Contains(seg, "末") {
		return 0, -1 // most text writes no plan end: no scan
	}
	for i := 0; ; {
		k := strings.Index(seg[i:], "五")
		if k < 0 {
			break
		}
		k += i
		i = k + len("五")
		after := strings.TrimLeft(seg[i:], planQuotes)
		if !hasPrefixAny(after, planEndWords) {
			continue
		}
		for _, p := range planEnds {
			start := k + len("五") - len(p.name)
			if start < 0 || seg[start:k+len("五")] != p.name {
				continue
			}
			before := compact(strings.TrimRight(seg[:start], "“〝\"‘「"))
			if !hasSuffixAny(before, comparisonWords) && !hasSuffixAny(before, []string{"是", "为", "相当于"}) {
				year, at = p.end, from+start
			}
			break
		}
	}
	return year, at
}
