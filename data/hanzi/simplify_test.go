package hanzi

import (
	"testing"
	"unicode/utf8"
)

func TestSimplify(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// a bulletin reposted in traditional characters
		{"2023年縉雲縣地區生產總值319.73億元,比上年增長8.0%。", "2023年缙云县地区生产总值319.73亿元,比上年增长8.0%。"},
		{"規模以上工業增加值增長7.7%,高於全省1.2個百分點。", "规模以上工业增加值增长7.7%,高于全省1.2个百分点。"},
		// simplified text is returned as it is
		{"全县地区生产总值319.73亿元,乾县增长5.0%。", "全县地区生产总值319.73亿元,乾县增长5.0%。"},
		// a simplified report quoting one traditional name keeps 乾县 and 於
		{"与台湾地区（臺灣）企业合作，乾县、咸阳市相关企业参加，于是签约项目总投资12亿元，增长百分之五，位列全省第三，各项工作稳步推进，成效显著，於姓代表发言。",
			"与台湾地区（台湾）企业合作，乾县、咸阳市相关企业参加，于是签约项目总投资12亿元，增长百分之五，位列全省第三，各项工作稳步推进，成效显著，於姓代表发言。"},
		// an official name keeps its character in simplified text
		{"成都市彭州市濛阳街道规模以上工业增加值增长8.1%。", "成都市彭州市濛阳街道规模以上工业增加值增长8.1%。"},
		{"", ""},
	} {
		got := Simplify(c.in)
		if got != c.want {
			t.Errorf("Simplify(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("Simplify(%q) changed the length: %d, want %d", c.in, len(got), len(c.in))
		}
	}
}

func TestSimplifyKeepsPlainText(t *testing.T) {
	s := "全年全县规模以上工业增加值增长7.7%。"
	if ConversionOf(s) != NoConversion {
		t.Errorf("ConversionOf(%q) = %v, want NoConversion", s, ConversionOf(s))
	}
	if got := Simplify(s); got != s {
		t.Errorf("Simplify(%q) = %q", s, got)
	}
}

func BenchmarkSimplifyPlain(b *testing.B) {
	s := ""
	for range 2000 {
		s += "全年全县规模以上工业增加值增长7.7%，高于全市1.2个百分点。"
	}
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Simplify(s)
	}
}

// decodeHan must agree with utf8 on every rune and on broken bytes, or the
// simplified copy would differ from what a plain decode gives.
func TestDecodeHanSameAsUTF8(t *testing.T) {
	check := func(s string) {
		for i := 0; i < len(s); {
			r, n := decodeHan(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			br, bn := decodeHan([]byte(s), i)
			if dr, dn := DecodeRune(s[i:]); dr != wr || dn != wn {
				t.Fatalf("DecodeRune(%q): %U/%d, utf8 %U/%d", s[i:], dr, dn, wr, wn)
			}
			if r != wr || n != wn || br != wr || bn != wn {
				t.Fatalf("%q at %d: %U/%d and %U/%d, utf8 %U/%d", s, i, r, n, br, bn, wr, wn)
			}
			i += n
		}
	}
	checkLast := func(s string) {
		for j := len(s); j > 0; {
			r, n := DecodeLastRune(s[:j])
			wr, wn := utf8.DecodeLastRuneInString(s[:j])
			if r != wr || n != wn {
				t.Fatalf("DecodeLastRune(%q): %U/%d, utf8 %U/%d", s[:j], r, n, wr, wn)
			}
			j -= n
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r += 1 {
		check(string(r) + "x")
		checkLast("x" + string(r))
	}
	for _, s := range []string{"\xb8\xad", "\xe4\xb8", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\xe4\xb8\xad", "a\xe4\xb8\xad\xad", "臺灣\xff省", ""} {
		checkLast(s)
	}
	for _, s := range []string{"\xe4\xb8", "\xe4", "\xed\xa0\x80", "\xe0\x80\x80", "\xe4\xb8\x41", "臺灣\xff省"} {
		check(s)
	}
	in := []byte("臺灣省")
	if got := Full.ApplyBytes(in); string(got) != "台湾省" || string(in) != "臺灣省" {
		t.Errorf("ApplyBytes: %s from %s", got, in)
	}
	plain := []byte("焦作市")
	if got := Full.ApplyBytes(plain); &got[0] != &plain[0] {
		t.Error("ApplyBytes copied a text with nothing to convert")
	}
}
