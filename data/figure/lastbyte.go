package figure

import "math/bits"

// lastIndexByte is strings.LastIndexByte read eight bytes at a time: Go's
// LastIndexByte goes back one byte a loop, and the text before every figure
// is searched back for 年, 月, ( or a line end many times (lastIndex, the
// period and year rules), a twentieth of Extract.
func lastIndexByte(s string, c byte) int {
	i := len(s)
	pat := uint64(c) * 0x0101010101010101
	const lows = 0x7F7F7F7F7F7F7F7F
	for i >= 8 {
		t := s[i-8 : i]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// a byte of w^pat is zero where c is; z has the top bit of exactly
		// those bytes (no borrow crosses a byte, so no flag is false), and
		// the last of them is read off z rather than byte by byte
		x := w ^ pat
		if z := ^((x&lows + lows) | x | lows); z != 0 {
			return i - 1 - bits.LeadingZeros64(z)/8
		}
		i -= 8
	}
	for i > 0 {
		i--
		if s[i] == c {
			return i
		}
	}
	return -1
}
