package segment

import (
	"testing"
	"unicode/utf8"
)

// Whatever the text, the tokens cover it byte for byte, in order.
func FuzzCut(f *testing.F) {
	for _, s := range []string{"2024年,全年地区生产总值增长5.0%", "Ｇ20与GDP", "\xff\xfe生物", "a\u0300b", ""} {
		f.Add(s)
	}
	d := NewDict([]Entry{{Word: "生物医药", Freq: 10}, {Word: "生物", Freq: 100}, {Word: "gdp", Freq: 5}, {Word: "20与", Freq: 3}})
	f.Fuzz(func(t *testing.T, s string) {
		at := 0
		for _, tk := range d.Cut(s) {
			if tk.Start != at || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("token %+v at %d in %q", tk, at, s)
			}
			at = tk.End
		}
		if at != len(s) {
			t.Fatalf("tokens end at %d of %d in %q", at, len(s), s)
		}
		if utf8.ValidString(s) && len(CutChars(s)) < len(d.Cut(s)) {
			t.Fatalf("more words than characters in %q", s)
		}
	})
}
