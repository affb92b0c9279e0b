package compare

import (
	"sort"
	"strconv"
	"strings"
)

// columnsOf lists the years and periods of the figures in time order:
// within a year the parts by the month they end in, the whole year last.
// A whole year between two that have figures gets its column too, so a
// line over the years shows the gap instead of hiding it.
func columnsOf(sel []Input) []Column {
	seen := map[Column]bool{}
	var cols []Column
	add := func(c Column) {
		if !seen[c] {
			seen[c] = true
			cols = append(cols, c)
		}
	}
	lo, hi := 0, 0
	for _, x := range sel {
		y := *x.Figure.Year
		add(Column{y, x.Figure.Period})
		if x.Figure.Period == "" {
			if lo == 0 || y < lo {
				lo = y
			}
			hi = max(hi, y)
		}
	}
	for y := lo; lo != 0 && y <= hi; y++ {
		add(Column{Year: y})
	}
	sort.Slice(cols, func(i, j int) bool {
		a, b := cols[i], cols[j]
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		ea, eb := periodEnd(a.Period), periodEnd(b.Period)
		if ea != eb {
			return ea < eb
		}
		return a.Period < b.Period
	})
	return cols
}

// periodEnd is the month a period ends in: Q1 3, H1 6, Q1-Q3 9, M1-M2 2,
// M3E 3; the whole year 13, after every part of it.
func periodEnd(p string) int {
	if p == "" {
		return 13
	}
	last := p[strings.LastIndexByte(p, '-')+1:]
	if len(last) < 2 {
		return 12
	}
	n, err := strconv.Atoi(strings.TrimSuffix(last[1:], "E"))
	if err != nil {
		return 12
	}
	switch last[0] {
	case 'Q':
		return 3 * n
	case 'H':
		return 6 * n
	}
	return n
}
