package figure

import "github.com/zhibiao/zhibiao/data/hanzi"

// endsWithAny reports whether compact(s) ends with one of words. It
// compacts only as much of the end of s as the longest word needs: the
// callers ask it of the text before a word or year, up to a 600-byte
// window, and compacting the whole window each time was about 1% of
// Extract.
func endsWithAny(s string, words []string) bool {
	n := 0
	for _, w := range words {
		n = max(n, len(w))
	}
	return hasSuffixAny(compactTail(s, n), words)
}

// compactTail is the end of compact(s) holding at least n bytes, or all of
// it when it is shorter. It starts where a rune of s starts, so it is the
// same as the end of compact(s).
func compactTail(s string, n int) string {
	i, kept := len(s), 0
	for i > 0 && kept < n {
		r, size := hanzi.DecodeLastRune(s[:i])
		i -= size
		switch r {
		case ' ', '\n', '\t', '\r', '\u3000', '\u00a0':
		default:
			kept += size // a broken byte is counted as one: never too little is kept
		}
	}
	return compact(s[i:])
}
