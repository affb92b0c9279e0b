package quantity

import (
	"math"
	"strings"
	"testing"
)

// Fuzz targets for the parsers of numerals.go, numscan.go, compound.go,
// tenths.go, letters.go and forms.go: none may panic, read past the text
// or report a span that is not the text's.

func FuzzScanNumeral(f *testing.F) {
	for _, s := range []string{"两千三百万", "壹萬貳仟叁佰肆拾伍", "负 1,200,000", "−3.2", "廿一", "卅", "三千 八百 九十六 萬", "十多万", "负", "廿廿"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		n, ok := scanNumeral(s, i)
		if n.end < i && ok || n.end > len(s) {
			t.Fatalf("%q at %d: end %d", s, i, n.end)
		}
		if ok && n.end == i {
			t.Fatalf("%q at %d: an empty numeral", s, i)
		}
		if ok && n.splitAt >= 0 && (n.splitAt < i || n.splitAt > n.end) {
			t.Fatalf("%q at %d: split at %d outside %d:%d", s, i, n.splitAt, i, n.end)
		}
	})
}

func FuzzScanArabic(f *testing.F) {
	for _, s := range []string{"1,266", "121.7", "３．５", "2e5", "15k", "２.７８９０e－１", "12.32e+14", "2^-1", "99999999999999999999.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if r, _ := at(s, 0); class(r) != cDigit {
			return
		}
		a := scanArabic(s, 0)
		if a.end <= 0 || a.end > len(s) {
			t.Fatalf("%q: end %d", s, a.end)
		}
		if a.val < 0 && !strings.Contains(s[:a.end], "^") {
			t.Fatalf("%q: negative %v", s, a.val)
		}
	})
}

// checkSpans checks what Find returns for s: spans inside s, in order,
// text equal to the span, normalised values finite.
func checkSpans(t *testing.T, s string) []Quantity {
	t.Helper()
	qs := Find(s)
	last := -1
	for _, q := range qs {
		if q.Start < 0 || q.End > len(s) || q.Start > q.End || s[q.Start:q.End] != q.Text {
			t.Fatalf("%q: bad span %d:%d %q", s, q.Start, q.End, q.Text)
		}
		if q.NumStart < q.Start || q.NumEnd > q.End || q.NumStart > q.NumEnd {
			t.Fatalf("%q: numeral %d:%d outside %d:%d", s, q.NumStart, q.NumEnd, q.Start, q.End)
		}
		if math.IsNaN(q.NormValue) || math.IsInf(q.NormValue, 0) {
			t.Fatalf("%q: norm value %v", s, q.NormValue)
		}
		if q.Start < last {
			t.Fatalf("%q: out of order at %d", s, q.Start)
		}
		last = q.Start
	}
	return qs
}

// FuzzSubUnits: an amount read in more than one unit (3元5角2分, 3斤5两,
// 两毛五) is never worth less than its leading unit alone.
func FuzzSubUnits(f *testing.F) {
	for _, s := range []string{"5角2分", "五", "又三美分", "5两", "八两半", "五分钱", "零5分", "30分钟"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lead := range []string{"3元", "两毛钱", "3斤", "两美元", "三蚊", "2小时"} {
			qs := checkSpans(t, lead+s)
			if strings.ContainsAny(s, "+＋") {
				continue // 3元+5: a formula, no figure (see slogan)
			}
			if len(qs) == 0 || qs[0].Start != 0 {
				t.Fatalf("%q: the leading amount is lost", lead+s)
			}
			if v := qs[0].Value; v < 2 || v >= 4 && lead != "3元" {
				t.Fatalf("%q: value %v", lead+s, v)
			}
		}
	})
}

// FuzzTenths: 成 and 折 give a percentage between 0 and 100 (or up to 1000
// for 75折 read as 75%).
func FuzzTenths(f *testing.F) {
	for _, s := range []string{"七成六", "三成半", "7 2 折", "九 九 折", "75折", "八折", "十成", "七成 六个"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range checkSpans(t, s) {
			if (q.Unit == "成" || q.Unit == "折") && (q.NormValue < 0 || q.NormValue > 1000) {
				t.Fatalf("%q: %q is %v%%", s, q.Text, q.NormValue)
			}
		}
	})
}

// FuzzLetterMultiplier: M, B and bn multiply by a million or a billion and
// end inside the text.
func FuzzLetterMultiplier(f *testing.F) {
	for _, s := range []string{"营收3M美元", "用户2.5M", "长度3M", "-2.5 M", "3M公司", "估值1.2B美元", "5bn", "100Mbps"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fd := finder{s: s}
		for i := 0; i < len(s); i++ {
			n, ok := scanNumeral(s, i)
			if !ok || !n.arabic {
				continue
			}
			letter, factor, end, ok := fd.letterMultiplier(n)
			if ok && (end > len(s) || end <= n.end || factor != 1e6 && factor != 1e9 || letter == "") {
				t.Fatalf("%q at %d: %q ×%v ending %d", s, i, letter, factor, end)
			}
		}
		checkSpans(t, s)
	})
}

// FuzzHalves: 半 adds a half, never more.
func FuzzHalves(f *testing.F) {
	for _, s := range []string{"一半", "半个月", "一个半小时", "三斤半", "9两半", "半百", "上半年", "半斤八两", "两个半"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range checkSpans(t, s) {
			if strings.HasSuffix(q.Text, "半") && q.Value-math.Trunc(q.Value) != 0.5 && q.Kind != Percent {
				t.Fatalf("%q: %q is %v", s, q.Text, q.Value)
			}
		}
	})
}

// FuzzCurrencyPrefix: a currency sign with its letters (HK$, US$) and a
// multiplier (M) stays inside the text.
func FuzzCurrencyPrefix(f *testing.F) {
	for _, s := range []string{"HK$250", "US$1.2B", "$5M", "€5", "£3.5m", "MOP$10", "$", "A$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range checkSpans(t, s) {
			if q.Kind == Level && q.NormUnit == "" {
				t.Fatalf("%q: money %q with no currency", s, q.Text)
			}
		}
	})
}

// FuzzDoublingAndTime: 翻N番 is 2^N times; 3点半 and 3点15分 stay within
// the hour.
func FuzzDoublingAndTime(f *testing.F) {
	for _, s := range []string{"翻一番", "翻了两番", "翻十一番", "3点半", "3点15分", "3点60分", "二十点五十九分", "负百分之五", "-百分之-5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range checkSpans(t, s) {
			if q.Unit == "番" && q.NormValue != math.Pow(2, q.Value) {
				t.Fatalf("%q: %q is %v times", s, q.Text, q.NormValue)
			}
			if q.Kind == Time && q.Value-math.Trunc(q.Value) >= 1 {
				t.Fatalf("%q: %q is %v", s, q.Text, q.Value)
			}
		}
	})
}

// FuzzPriced: 分, 毛 and 角 read as money after a price word, or not at
// all; the amount is never negative and its span is the text's.
func FuzzPriced(f *testing.F) {
	for _, s := range []string{"车费5分，", "他考了95分，", "冰棍售价两毛。", "作家三毛。", "九牛一毛。", "找零三毛五", "票价5角钱"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range checkSpans(t, s) {
			if q.Kind == Level && (q.Unit == "分" || q.Unit == "毛" || q.Unit == "角") && q.NormValue < 0 {
				t.Fatalf("%q: %q is %v", s, q.Text, q.NormValue)
			}
		}
	})
}
