package figure

import "testing"

// inClosedBracketRunes is inClosedBracket as it was written, rune by rune.
func inClosedBracketRunes(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth--; depth < 0 {
				return true
			}
		}
	}
	return false
}

// TestInClosedBracketBytes: reading bytes answers as reading runes, on
// brackets of both widths, nested, and next to broken bytes.
func TestInClosedBracketBytes(t *testing.T) {
	for _, s := range []string{
		"", "人民币口径,下同)2112.7亿元", "下同）2112.7亿元", "（含）下同）", "(（)）)",
		"增长（预计）", "\xef\xbc", "\xef\xbc\x89", "\xe5\xef\xbc\x89", "\xef\xef\xbc\x89", "(\xbc\x89)", "全县(（年末）",
	} {
		if got, want := inClosedBracket(s), inClosedBracketRunes(s); got != want {
			t.Errorf("inClosedBracket(%q) = %v, want %v", s, got, want)
		}
	}
}
