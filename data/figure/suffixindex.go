package figure

import "strings"

// suffixIndex holds a long word list's words by their last byte, each
// bucket in the list's order: trimSuffixes with linkVerbs (a hundred and
// thirty words) tried every word for every clause of every figure, where
// the last byte of s leaves a few.
type suffixIndex struct {
	first  *string // the list's first word, which tells the list
	n      int     // the list's length
	byLast [256][]string
}

// suffixIndexes are the indexed lists, built once; a list with an empty
// word is not indexed (the empty word ends every s).
var suffixIndexes = []*suffixIndex{newSuffixIndex(linkVerbs), newSuffixIndex(growthVerbs), newSuffixIndex(verbEnds)}

func newSuffixIndex(words []string) *suffixIndex {
	ix := &suffixIndex{first: &words[0], n: len(words)}
	for _, w := range words {
		if w == "" {
			return nil
		}
		ix.byLast[w[len(w)-1]] = append(ix.byLast[w[len(w)-1]], w)
	}
	return ix
}

// suffixIndexOf is the index of words, or nil when words is not indexed
// (a list is told by the address of its first word and its length).
func suffixIndexOf(words []string) *suffixIndex {
	if len(words) == 0 {
		return nil
	}
	for _, ix := range suffixIndexes {
		if ix != nil && ix.first == &words[0] && ix.n == len(words) {
			return ix
		}
	}
	return nil
}

// trim is trimSuffixes on the indexed words: the first word of the list,
// among those ending in s's last byte, that ends s.
func (ix *suffixIndex) trim(s string) (string, string) {
	if s == "" {
		return s, ""
	}
	for _, w := range ix.byLast[s[len(s)-1]] {
		if len(s) > len(w) && strings.HasSuffix(s, w) || s == w {
			return s[:len(s)-len(w)], w
		}
	}
	return s, ""
}
