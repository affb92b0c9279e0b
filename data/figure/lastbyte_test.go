package figure

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLastIndexByte checks lastIndexByte against strings.LastIndexByte on
// Chinese text, every end and every byte that occurs in it.
func TestLastIndexByte(t *testing.T) {
	s := "全年地区生产总值增长5.2%（比上年加快0.4个百分点），\n规模以上工业增加值增长6.1%。"
	for end := 0; end <= len(s); end++ {
		for c := 0; c < 256; c++ {
			if got, want := lastIndexByte(s[:end], byte(c)), strings.LastIndexByte(s[:end], byte(c)); got != want {
				t.Fatalf("lastIndexByte(s[:%d], %#x) = %d, want %d", end, c, got, want)
			}
		}
	}
}

// TestRuneLen checks runeLen against utf8.RuneCountInString on Chinese
// text cut at every byte, broken runes and surrogates included.
func TestRuneLen(t *testing.T) {
	s := "全年地区生产总值增长5.2%（比上年加快0.4个百分点），\n规模以上\xed\xa0\x80工业\xe0\x80\x80增加值增长6.1%。\xe5\x85"
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			if got, want := runeLen(s[i:j]), utf8.RuneCountInString(s[i:j]); got != want {
				t.Fatalf("runeLen(%q) = %d, want %d", s[i:j], got, want)
			}
		}
	}
}
