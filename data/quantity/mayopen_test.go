package quantity

import "testing"

// TestMayOpenIsClassOrStarter: the bitmap Find reads every Han character
// by says what the two tables it stands for say, for every rune below
// 0x10000 (一, 第, 半 open a quantity; 增, 长 do not).
func TestMayOpenIsClassOrStarter(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		want := class(r) != cNone || isStarter(r)
		if got := mayOpen[r/64]&(1<<(r%64)) != 0; got != want {
			t.Fatalf("mayOpen(%q) = %v, want %v", r, got, want)
		}
	}
	for _, r := range "一第半万" {
		if mayOpen[r/64]&(1<<(r%64)) == 0 {
			t.Errorf("%q may not open a quantity", r)
		}
	}
}
