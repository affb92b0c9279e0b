package figure

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// Fuzz targets for the readers the derivation rules add: each must take
// any text without panicking and keep its promise on what it returns.

func FuzzShareObject(f *testing.F) {
	for _, s := range []string{"，占一般公共预算支出的", "，占常住人口的比重为", "、为年度计划的", "，占总人口比重（常住人口城镇化率）为", "占", "为的", "，占 年 度 投 资 计 划 的\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		obj, ok := shareObject(raw)
		if !ok {
			if obj != "" {
				t.Fatalf("%q: not a share's object but gave %q", raw, obj)
			}
			return
		}
		if obj == "" || runeLen(obj) > 16 || strings.ContainsAny(obj, "，,、；;：:") {
			t.Fatalf("%q: object %q", raw, obj)
		}
		if utf8.ValidString(raw) && !utf8.ValidString(obj) {
			t.Fatalf("%q: invalid UTF-8 in %q", raw, obj)
		}
	})
}

func FuzzFromToLink(f *testing.F) {
	for _, s := range []string{"提升到年底的", "增至今年8月底的", "增长到", "、", "提高到，再"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, between string) {
		if fromToLink(between) && !containsAny(compact(between), toVerbs) {
			t.Fatalf("%q: a link without a verb of change", between)
		}
	})
}

func FuzzComplementOf(f *testing.F) {
	for _, s := range []string{"城镇人口占比", "城镇化率", "城镇人口占常住人口比重", "男性", "普惠幼儿园占比", "城镇人口增长"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		other := complementOf(name)
		if other == "" {
			return
		}
		known := false
		for _, c := range complements {
			known = known || strings.HasPrefix(name, c.part) && strings.HasPrefix(other, c.other)
		}
		if !known {
			t.Fatalf("%q: complement %q from no pair", name, other)
		}
	})
}

func FuzzPrecision(f *testing.F) {
	for _, s := range []string{"7.2亿元", "79.7%", "80家", "0.05%", "一万二千", "1.2.3", "000"} {
		f.Add(s, 347.826)
	}
	f.Fuzz(func(t *testing.T, text string, v float64) {
		d, sig := decimals(text), significant(text)
		if d < 0 || d > len(text) || sig < 0 || sig > len(text) {
			t.Fatalf("%q: %d decimals, %d significant digits", text, d, sig)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e300 || d > 300 {
			return
		}
		r, _ := roundSignificant(v, sig, d)
		if math.IsNaN(r) || math.IsInf(r, 0) {
			t.Fatalf("roundSignificant(%v, %d, %d) = %v", v, sig, d, r)
		}
	})
}

// FuzzDerive: whatever the sentence, a derived figure spans its sentence,
// says its arithmetic, has a name and a finite value.
func FuzzDerive(f *testing.F) {
	for _, c := range deriveForms {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fig := range Extract(testArticle(s, "马村区", 2024)) {
			if !fig.Derived {
				continue
			}
			if fig.Start < 0 || fig.End > len(s) || fig.Start > fig.End || s[fig.Start:fig.End] != fig.Text {
				t.Fatalf("bad span %d:%d for %q", fig.Start, fig.End, fig.Text)
			}
			if fig.DerivedFrom == "" || fig.Name == "" || math.IsNaN(fig.Value) || math.IsInf(fig.Value, 0) {
				t.Fatalf("derived %+v", fig)
			}
		}
	})
}

// FuzzKnownDecimals: the decimals a count keeps never grow past what it
// was given, and a level of any size and any rate gives an answer.
func FuzzKnownDecimals(f *testing.F) {
	f.Add(12345.0, 3.7, 1, false)
	f.Add(16.0, 130.0, 0, false)
	f.Add(3.0, 100.0, 0, true)
	f.Fuzz(func(t *testing.T, level, rate float64, rateDec int, decline bool) {
		if rateDec < 0 || rateDec > 6 || math.IsNaN(level) || math.IsNaN(rate) {
			return
		}
		if d := knownDecimals(level, rate, rateDec, 0, decline); d > 0 || d < -15 {
			t.Fatalf("knownDecimals(%v, %v, %d) = %d", level, rate, rateDec, d)
		}
	})
}
