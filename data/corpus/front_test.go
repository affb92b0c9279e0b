package corpus

import (
	"testing"
	"unicode/utf8"
)

// FuzzFront: any text gives a body start inside it, at a line's start, and
// a year of reports or none; never a panic.
func FuzzFront(f *testing.F) {
	for _, s := range []string{
		"西华县2024年政府工作报告\n——2024年1月\n22日在西华县第十八届人民代表大会第三次会议上\n各位代表：\n过去一年，全县经济稳中向好。\n",
		"子洲县二〇二三年国民经济和社会发展统计公报\n子洲县二〇\n\n国民经济和社会发展统计公报\n",
		"XX县2022\n年统计公报\n", "——2024年13月22日在\n", "二〇九九九年", "\n\n\n", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		a := Parse("f.txt", []byte(s))
		b := a.BodyStart()
		if b < 0 || b > len(a.Raw) || b > 0 && b < len(a.Raw) && a.Raw[b-1] != '\n' {
			t.Fatalf("body start %d in %q", b, s)
		}
		if a.Year != 0 && (a.Year < 1900 || a.Year > 2099) {
			t.Fatalf("year %d from %q", a.Year, s)
		}
		if y := cnYear("二〇二三"); y != 2023 {
			t.Fatalf("cnYear = %d", y)
		}
	})
}
