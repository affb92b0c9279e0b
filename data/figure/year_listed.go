package figure

import "github.com/zhibiao/zhibiao/data/quantity"

// listedYears is the last list of two or more years written in
// s[from:to] and joined by 、和及与 (2021年、2022年、2023年), in order; nil
// when the last year there stands alone or the list is one of bases.
func (x *extractor) listedYears(from, to int) []int {
	last := x.qAfter(to) - 1
	for last >= 0 && x.qs[last].End > to {
		last--
	}
	isYear := func(i int) bool {
		q := x.qs[i]
		return q.Start >= from && q.Kind == quantity.Date && q.Unit == "年"
	}
	if last < 0 || !isYear(last) {
		return nil
	}
	first := last
	for first > 0 && isYear(first-1) && valueJoin(x.s[x.qs[first-1].End:x.qs[first].Start]) {
		first--
	}
	if first == last {
		return nil
	}
	if st := x.qs[first].Start; baseBefore(compact(x.s[runeStart(x.s, max(from, st-12)):st])) {
		return nil // 比2021年、2022年分别增长…: bases, not the values' years
	}
	years := make([]int, 0, last-first+1)
	for _, q := range x.qs[first : last+1] {
		years = append(years, int(q.Value))
	}
	return years
}
