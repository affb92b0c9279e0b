package figure

// qAfter is x.qAfter(from) searched over x.qStarts, the quantities'
// start offsets copied once an extraction: a Quantity record is some 150
// bytes, so every probe of the binary search over x.qs touched a new cache
// line (2.5% of Extract over 21 callers). Falls back to x.qs when the
// offsets were not built (extractors made by hand in percent.go and tests).
func (x *extractor) qAfter(from int) int {
	st := x.qStarts
	if len(st) != len(x.qs) {
		return firstAfter(x.qs, from)
	}
	lo, hi := 0, len(st)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if st[m] < from {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// buildQStarts records the start offsets that qAfter searches; call it
// whenever x.qs is replaced.
func (x *extractor) buildQStarts() {
	x.qStarts = make([]int, len(x.qs))
	for i, q := range x.qs {
		x.qStarts[i] = q.Start
	}
}
