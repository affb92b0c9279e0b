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

// lastByteSet is the set of the last bytes of words: a text can end with
// one of them only where it ends with one of these.
func lastByteSet(words []string) byteSet {
	var b byteSet
	for _, w := range words {
		if w == "" {
			return byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} // the empty word ends every text
		}
		c := w[len(w)-1]
		b[c>>6] |= 1 << (c & 63)
	}
	return b
}
