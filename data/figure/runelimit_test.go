package figure

import "testing"

// longerThan is runeLen(s) > n, for Chinese text, ASCII and broken bytes.
func TestLongerThanIsRuneLen(t *testing.T) {
	for _, s := range []string{
		"", "规上工业增加值", "1-5月，全县规模以上工业增加值同比增长7.5%，增速居全市第二位",
		"GDP 2024", "\xe5\x8f\xe5\x8f\xe5\x8f\xe5\x8f\xe5", "增长\xe5\x8f", "𠀀𠀀𠀀𠀀𠀀",
	} {
		for n := 0; n <= 40; n++ {
			if got, want := longerThan(s, n), runeLen(s) > n; got != want {
				t.Errorf("longerThan(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
