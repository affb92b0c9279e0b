package hanzi

import "strings"

// Index is strings.Index found by the last byte of w with IndexByte:
// strings.Index looks for the first byte, which in Chinese text (E5…E9)
// stands at every other character, so it stops almost everywhere; the last
// byte of a character is far more varied. The extractor and the period
// reader look for dozens of words in every sentence so.
func Index(s, w string) int {
	n := len(w)
	if n <= 1 {
		return strings.Index(s, w)
	}
	c := w[n-1]
	for i := n - 1; i < len(s); {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return -1
		}
		// the byte before the last is compared first, inline: it turns
		// away most of the characters that only share w's last byte
		// (one in sixty-four), and the string comparison is a call
		if end := i + k + 1; s[end-2] == w[n-2] && s[end-n:end] == w {
			return end - n
		}
		i += k + 1
	}
	return -1
}
