package figure

import (
	"strings"
	"testing"
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
