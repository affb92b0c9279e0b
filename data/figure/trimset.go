package figure

import "strings"

// trimLeftSet, trimRightSet and trimSet are strings.TrimLeft, TrimRight and
// Trim for cutsets that hold Chinese punctuation or numerals. For such a
// cutset the standard library decodes every character of s and searches
// the cutset rune by rune; here an ASCII byte is looked up directly and a
// multi-byte character is matched as bytes: in valid UTF-8 a lead byte
// starts a character, so its encoding found in the cutset is that very
// character. Invalid bytes are never trimmed, as strings.Trim would not
// trim them either (they decode to U+FFFD, in no cutset of ours).
func trimLeftSet(s, set string) string {
	for len(s) > 0 {
		n := charLen(s[0])
		if n == 0 || n > len(s) || !strings.Contains(set, s[:n]) {
			break
		}
		s = s[n:]
	}
	return s
}

func trimRightSet(s, set string) string {
	for len(s) > 0 {
		i := len(s) - 1
		for i > 0 && i > len(s)-4 && s[i]&0xC0 == 0x80 {
			i-- // back over continuation bytes to the character's lead
		}
		if charLen(s[i]) != len(s)-i || !strings.Contains(set, s[i:]) {
			break
		}
		s = s[:i]
	}
	return s
}

func trimSet(s, set string) string { return trimRightSet(trimLeftSet(s, set), set) }

// charLen is the length of the UTF-8 character that byte c begins, 0 when
// c cannot begin one (a continuation byte or an invalid lead).
func charLen(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c < 0xC2:
		return 0
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	case c < 0xF5:
		return 4
	}
	return 0
}
