package hanzi

import (
	"testing"
	"unicode"
)

func TestIsHan(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{'马', true}, {'村', true}, {'〇', true}, {'々', true}, {'㐀', true}, {'𠀀', true},
		{'，', false}, {'５', false}, {'5', false}, {'a', false}, {'の', false}, {'ア', false}, {'\u3000', false},
	} {
		if got := IsHan(c.r); got != c.want {
			t.Errorf("IsHan(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}

func TestIsBlank(t *testing.T) {
	for _, c := range []struct {
		r    rune
		want bool
	}{
		{' ', true}, {'\t', true}, {'\n', true}, {'\r', true}, {'\u3000', true}, {'\u00a0', true}, {'\u2003', true},
		{'区', false}, {'，', false}, {'\u200b', false}, {'0', false},
	} {
		if got := IsBlank(c.r); got != c.want {
			t.Errorf("IsBlank(%q) = %v, want %v", c.r, got, c.want)
		}
	}
}

func TestWiden(t *testing.T) {
	s := "全区地区生产总值增长5.0%，高于全市"
	start := len("全区地区生产总值增长")
	end := start + len("5.0%")
	for _, c := range []struct {
		n    int
		want string
	}{
		{0, "5.0%"},
		{2, "增长5.0%，高"},
		{100, s},
	} {
		i, j := Widen(s, start, end, c.n)
		if got := s[i:j]; got != c.want {
			t.Errorf("Widen by %d = %q, want %q", c.n, got, c.want)
		}
	}
	if got := s[Back(s, len(s), 2):]; got != "全市" {
		t.Errorf("the last two characters are %q, want 全市", got)
	}
	if got := s[:Forward(s, 0, 2)]; got != "全区" {
		t.Errorf("the first two characters are %q, want 全区", got)
	}
}

// TestSameAsUnicode: the written-out tests answer as Unicode's tables do,
// for every code point.
func TestSameAsUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := IsHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("IsHan(%U) = %v, Unicode says %v", r, got, want)
		}
		if got, want := IsBlank(r), unicode.IsSpace(r); got != want {
			t.Fatalf("IsBlank(%U) = %v, Unicode says %v", r, got, want)
		}
	}
}

func BenchmarkIsHan(b *testing.B) {
	const text = "2024年，全区地区生产总值增长5.0%，高于全市1.2个百分点。"
	n := 0
	for b.Loop() {
		for _, r := range text {
			if IsHan(r) || IsBlank(r) {
				n++
			}
		}
	}
	_ = n
}
