package figure

import "math/bits"

// firstBlank is the offset of the first blank compact drops in s (as
// blankAt reads it) and its length, or -1, 0. It tests eight bytes at a
// time for a byte below '!' or a lead byte of U+3000 (E3) or U+00A0 (C2),
// and reads byte by byte only the words that hold one: compact is asked
// of every window around every figure, most of which hold no blank, and
// its byte-by-byte scan was 2% of Extract.
func firstBlank(s string) (int, int) {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		low := (w - ones*'!') &^ w & highs // some byte is below '!'
		e3 := w ^ ones*0xE3
		c2 := w ^ ones*0xC2
		// only the bytes flagged are read: E3 also leads 。、《》, one word
		// in a few of Chinese text, and reading all eight bytes of each
		// was most of this function. A flag may be false (a borrow) but a
		// blank is never missed, and the flags are read in order.
		for m := low | (e3-ones)&^e3&highs | (c2-ones)&^c2&highs; m != 0; m &= m - 1 {
			j := i + bits.TrailingZeros64(m)/8
			if n := blankAt(s, j); n > 0 {
				return j, n
			}
		}
	}
	for ; i < len(s); i++ {
		if n := blankAt(s, i); n > 0 {
			return i, n
		}
	}
	return -1, 0
}
