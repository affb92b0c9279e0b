package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
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

// planQuotes may close a plan's name: “十一五〞, "十二五".
const planQuotes = "”〞\"’」"

// planEndIn is the last plan end written in s[from:to] as the time of its
// clause, with its offset: not a base (是“十五〞期末的1.9倍, 比十二五末).
// 0, -1 when none is. It looks from each 末, which most text lacks, back
// to a plan's name.
func planEndIn(s string, from, to int) (int, int) {
	year, at := 0, -1
	seg := s[from:to]
	if index(seg, "五") < 0 {
		return year, at // every plan's name ends in 五: one scan, not one per 末
	}
	for i := 0; ; {
		k := strings.Index(seg[i:], "末")
		if k < 0 {
			break
		}
		k += i
		i = k + len("末")
		name := strings.TrimSuffix(seg[:k], "期")
		name = strings.TrimRight(name, planQuotes)
		if !strings.HasSuffix(name, "五") {
			continue
		}
		for _, p := range planEnds {
			if !strings.HasSuffix(name, p.name) {
				continue
			}
			start := len(name) - len(p.name)
			if r, _ := hanzi.DecodeLastRune(seg[:start]); strings.ContainsRune("一二三四五六七八九十", r) {
				break // 二十五末 is no plan
			}
			before := compact(trimRightSet(seg[:start], "“〝\"‘「"))
			if !hasSuffixAny(before, comparisonWords) && !hasSuffixAny(before, []string{"是", "为", "相当于"}) && !changeArrived(before, seg[i:]) {
				year, at = p.end, from+start
			}
			break
		}
	}
	return year, at
}

// planSpanWords follow a plan's name to make a span of its years the time
// of a clause: “十三五”期间 and 十三五时期 run to the plan's last year,
// “十四五”以来 to the year the report describes (a five-year sum takes
// the span's last year, n02).
var planSpanWords = []string{"期间", "时期", "以来"}

// planSpanIn is the last year of the last plan span written in s[from:to]
// (its offset too): the plan's end, or now for 以来 (the plan's end when
// now is past it); 0, -1 when none is written or now is unknown for 以来.
func planSpanIn(s string, from, to, now int) (int, int) {
	year, at := 0, -1
	seg := s[from:to]
	if index(seg, "五") < 0 {
		return year, at // every plan's name ends in 五: one scan, not three
	}
	for _, w := range planSpanWords {
		for i := 0; ; {
			k := strings.Index(seg[i:], w)
			if k < 0 {
				break
			}
			k += i
			i = k + len(w)
			name := strings.TrimRight(seg[:k], planQuotes)
			if !strings.HasSuffix(name, "五") || from+k < at {
				continue
			}
			for _, p := range planEnds {
				if !strings.HasSuffix(name, p.name) {
					continue
				}
				start := len(name) - len(p.name)
				if !planSpanOpens(seg[:start]) {
					break // 东北电网“十四五”期间投资最大的单体项目: an attribute
				}
				y := p.end
				if w == "以来" {
					y = min(now, p.end)
				}
				if y != 0 {
					year, at = y, from+start
				}
				break
			}
		}
	}
	return year, at
}

// planSpanOpens reports whether a plan's span written after before opens
// its clause: after punctuation, a line's start, or 在 (在“十三五”期间).
func planSpanOpens(before string) bool {
	before = strings.TrimSuffix(trimRightSet(before, "“〝\"‘「 "), "在")
	if before == "" {
		return true
	}
	r, _ := hanzi.DecodeLastRune(before)
	return r == '\n' || isPunct(r) && r != '、'
}
