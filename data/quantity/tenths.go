package quantity

import "github.com/zhibiao/zhibiao/data/hanzi"

// tenths reads 九成 (90%), 三成半, 七成六 (76%), 75折, 九 九 折 (99%) after a
// numeral that has no other unit.
func (f *finder) tenths(a *attach) (Quantity, int, bool) {
	s, n, k := f.s, a.n, a.k
	if v, end, ok := f.spacedDiscount(n, k); ok {
		q := f.make(n.start, end, n.start, end, v, "折", v, "%", Percent)
		q.Chinese, q.Qualifier = n.chinese, a.qual
		return q, end, true
	}
	r, sz := at(s, k)
	if r != '成' && r != '折' {
		return Quantity{}, 0, false
	}
	r2, _ := at(s, k+sz)
	guard := notPercentAfterCheng
	if r == '折' {
		guard = notPercentAfterZhe
	}
	if containsRune(guard, r2) || n.val <= 0 || n.val > 100 || r == '折' && n.val == 10 {
		return Quantity{}, 0, false
	}
	norm := n.val * 10
	if r == '折' && n.val >= 10 {
		norm = n.val
	}
	end := k + sz
	if r == '成' {
		norm, end = f.chengTail(norm, end)
	}
	q := f.make(n.start, end, n.start, n.end, n.val, string(r), norm, "%", Percent)
	q.Chinese, q.Qualifier = n.chinese, a.qual
	return q, end, true
}

// chengTail reads what follows 成 in one figure: 三成半 (35%), 七成六 (76%).
func (f *finder) chengTail(norm float64, end int) (float64, int) {
	s := f.s
	r, sz := at(s, end)
	if r == '半' {
		return norm + 5, end + sz
	}
	if d, e, ok := f.tailDigit(skipSpace(s, end)); ok {
		return norm + d, e
	}
	return norm, end
}

// tailDigit reads one digit that closes an amount (三块五, 两毛五, 七成六):
// it is followed by punctuation, 的 or 钱, not by another number or word.
// It returns the digit as tenths of the unit before it (5 for 三块五).
func (f *finder) tailDigit(i int) (float64, int, bool) {
	return f.tailDigits(i, 1)
}

// tailDigits reads up to max digits closing an amount (1米75 is 1.75 米);
// the value is in tenths of the unit (7.5 for 75).
func (f *finder) tailDigits(i, max int) (float64, int, bool) {
	s := f.s
	v, scale, j := 0.0, 1.0, i
	for n := 0; n < max; n++ {
		r, sz := at(s, j)
		c := class(r)
		if c == cZero && n == 0 && max == 2 {
			if r2, _ := at(s, j+sz); class(r2) == cCnDigit && r2 != '两' && r2 != '兩' {
				scale /= 10 // 两米零五: 2.05 米
				j += sz
				continue
			}
		}
		if c != cCnDigit && c != cDigit || r == '两' || r == '兩' || financial[r] {
			break // 三块两: too rare to tell from the weight
		}
		v += float64(charValue[r]) * scale
		scale /= 10
		j += sz
	}
	if j == i {
		return 0, i, false
	}
	if nx, _ := at(s, j); nx != 0 && !hanzi.IsBlank(nx) && !containsRune(tailEnds, nx) {
		return 0, i, false
	}
	return v, j, true
}

// spacedDiscount reads a discount whose two digits OCR set apart: 7 2 折,
// 九 九 折.
func (f *finder) spacedDiscount(n numeral, k int) (float64, int, bool) {
	s := f.s
	one := n.single || n.pureArabic && n.integer && n.digits == 1
	if !one || k == n.end || n.val < 1 {
		return 0, 0, false
	}
	r, sz := at(s, k)
	c := class(r)
	if c != cCnDigit && c != cDigit || charValue[r] == 0 {
		return 0, 0, false
	}
	e := skipSpace(s, k+sz)
	if !hasPrefix(s, e, "折") {
		return 0, 0, false
	}
	return n.val*10 + float64(charValue[r]), e + len("折"), true
}
