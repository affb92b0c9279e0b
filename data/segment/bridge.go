package segment

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// Bridged is a text with the white space next to Chinese characters taken
// out. OCR and typesetting leave spaces inside words and numbers (地区生产总
// 值, 16.4 亿 元, 新 发展格局), and Chinese needs none, so the words are cut
// and searched in the bridged text; offsets into it map back to the
// original with Offset and Span. White space between two Latin words or
// numbers stays.
type Bridged struct {
	Text   string
	shifts []shift // sorted by at
}

// shift says that from offset at of the bridged text on, the original is
// add bytes further.
type shift struct{ at, add int32 }

// Bridge takes out of text the runs of white space (U+3000 included) that
// touch a Han character, except at its end.
func Bridge(text string) Bridged {
	var sb strings.Builder
	var shifts []shift
	removed := 0
	prev := rune(0)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !hanzi.IsBlank(r) {
			prev = r
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !hanzi.IsBlank(r) {
				break
			}
			j += n
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if j < len(text) && (hanzi.IsHan(prev) || hanzi.IsHan(next)) {
			sb.WriteString(text[len(sb.String())+removed : i])
			removed += j - i
			shifts = append(shifts, shift{int32(sb.Len()), int32(removed)})
		}
		prev = ' '
		i = j
	}
	if len(shifts) == 0 {
		return Bridged{Text: text}
	}
	sb.WriteString(text[sb.Len()+removed:])
	return Bridged{Text: sb.String(), shifts: shifts}
}

// Offset maps an offset of the bridged text to the original.
func (b *Bridged) Offset(i int) int {
	k := sort.Search(len(b.shifts), func(k int) bool { return int(b.shifts[k].at) > i })
	if k == 0 {
		return i
	}
	return i + int(b.shifts[k-1].add)
}

// Span maps a non-empty span of the bridged text to the original: from its
// first byte to just after its last, so that no space taken out at either
// end is included (one taken out inside is).
func (b *Bridged) Span(s, e int) (int, int) {
	return b.Offset(s), b.Offset(e-1) + 1
}
