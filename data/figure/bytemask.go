package figure

// byteMask has bit b%64 set for every byte b of a text. A word can be in
// the text only if the bit of its last byte is: a name of a dozen
// characters holds a few of the 64, so most of a long word list (the sixty
// verbEnds) is turned away without reading the name once per word.
type byteMask uint64

// lastBytesIn is the byteMask of s.
func lastBytesIn(s string) byteMask {
	var m byteMask
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] % 64)
	}
	return m
}

// mayHold reports whether a text of mask m can hold w: false only when it
// cannot.
func (m byteMask) mayHold(w string) bool {
	return w == "" || m&(1<<(w[len(w)-1]%64)) != 0
}
