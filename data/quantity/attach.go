package quantity

import "github.com/zhibiao/zhibiao/data/hanzi"

// This file turns a scanned numeral into a quantity, in named stages: the
// forms that need no unit (fractions, dates), where the unit starts and the
// qualifier met on the way, the unit itself, tenths (九成, 75折), and what
// may follow the unit in one amount (3元5角, 3斤5两, 三斤半).

// attach is a numeral on its way to becoming a quantity.
type attach struct {
	n       numeral
	k       int    // where the unit may start; -1 when a qualifier closes the quantity (400多)
	qual    string // 余, 多… met between the number and its unit
	resume  int    // where scanning resumes when there is no unit
	numEnd  int    // end of the numeral with a multiplier letter (3M)
	numVal  float64
	value   float64 // the value in the unit as written
	factor  float64 // what the written multiplier (万, 亿, M) is worth
	prefix  string  // the written multiplier, part of the unit (亿元, M美元)
	u       unitEntry
	uEnd    int
	hasUnit bool
}

// withUnit attaches the unit, qualifiers and kind to a scanned numeral and
// decides whether it is a quantity at all.
func (f *finder) withUnit(n numeral) (Quantity, int, bool) {
	if q, end, ok, done := f.numberForm(n); done {
		return q, end, ok
	}
	a := f.unitStart(n)
	f.findUnit(&a)
	if !a.hasUnit && a.k >= 0 {
		if q, end, ok := f.tenths(&a); ok {
			return f.finish(q, n, end)
		}
	}
	if n.splitAt >= 0 && a.prefix == "" && (!a.hasUnit || (a.u.Kind != Percent && a.u.Kind != PPChange && !a.u.date)) {
		a.value, a.factor = n.splitVal, n.splitFactor
		a.prefix = stripSpace(f.s[n.splitAt:n.end])
	}
	if a.hasUnit && a.u.date {
		if q, ok := f.date(&a); ok {
			return q, q.End, true
		}
		// 5年, 两年: a duration; 3日 alone stays a date
		a.u = unitEntry{unitDef: unitDef{a.u.Text, Duration, a.u.Text, 1}}
	}
	q := Quantity{Start: n.start, NumStart: n.start, NumEnd: a.numEnd, Chinese: n.chinese, Qualifier: a.qual, num: a.numVal}
	if a.hasUnit {
		f.applyUnit(&q, &a)
	} else if !f.bare(&q, &a) {
		return Quantity{}, max(a.resume, a.numEnd), false
	}
	q.Text = f.s[q.Start:q.End]
	q.Value, q.NormValue = clean(q.Value), clean(q.NormValue)
	if q.Kind == Count && q.Chinese && n.val == 1 && n.cnChars == 1 {
		// 一批, 一场, 又一张名片: the article "a", not a count of one
		if pr, _ := before(f.s, n.start); pr == '又' || containsRune(articleMeasures, []rune(a.u.Text)[0]) {
			return Quantity{}, q.End, false
		}
	}
	return f.finish(q, n, max(a.resume, q.End))
}

// numberForm reads what a numeral is without a unit: fractions (五分之一,
// 3又三分之一, 1 3/5, 3/5), 一半, ISO dates and clock times. A lone banker's
// numeral is left out (拾取, 放肆) unless it is what something is (写法是叁).
// done is false when the numeral needs a unit.
func (f *finder) numberForm(n numeral) (q Quantity, end int, ok, done bool) {
	if v, end, ok := f.fraction(n); ok {
		q := f.make(n.start, end, n.start, end, v, "", v, "", Number)
		q.Chinese = n.chinese
		return q, end, true, true
	}
	if q, end, ok := f.mixedFraction(n); ok {
		return q, end, true, true
	}
	if n.fin && n.cnChars == 1 && !n.arabic && !n.dozen && !f.copula(n) {
		return Quantity{}, n.end, false, true
	}
	if q, end, ok, done := f.arabicFraction(n); done {
		return q, end, ok, true
	}
	if q, end, ok := f.oneHalf(n); ok {
		q, end, ok = f.finish(q, n, end) // 超过一半
		return q, end, ok, true
	}
	if !n.pureArabic || !n.integer {
		return Quantity{}, 0, false, false
	}
	if end, ok := isoDate(f.s, n); ok {
		return f.make(n.start, end, n.start, n.end, n.val, "", n.val, "", Date), end, true, true
	}
	if end, ok := clockTime(f.s, n); ok {
		return f.make(n.start, end, n.start, n.end, n.val, "", n.val, "", Time), end, true, true
	}
	return Quantity{}, 0, false, false
}

// copula reports a lone numeral that is what something is: 另一种写法是叁.
func (f *finder) copula(n numeral) bool {
	pr, _ := before(f.s, n.start)
	nx, _ := at(f.s, n.end)
	return pr == '是' && !hanzi.IsHan(nx)
}

// mixedFraction reads 1 3/5: a whole number and a fraction.
func (f *finder) mixedFraction(n numeral) (Quantity, int, bool) {
	s := f.s
	if !n.pureArabic || !n.integer || !hasPrefix(s, n.end, " ") || !isDigitAt(s, n.end+1) {
		return Quantity{}, 0, false
	}
	a := scanArabic(s, n.end+1)
	if r, sz := at(s, a.end); a.integer && (r == '/' || r == '／') && isDigitAt(s, a.end+sz) {
		d := scanArabic(s, a.end+sz)
		if d.integer && d.val != 0 {
			v := n.val + a.val/d.val
			return f.make(n.start, d.end, n.start, d.end, v, "", v, "", Number), d.end, true
		}
	}
	return Quantity{}, 0, false
}

// arabicFraction reads 3/5; a run of slashes is a date or a code.
func (f *finder) arabicFraction(n numeral) (Quantity, int, bool, bool) {
	s := f.s
	slash, sl := at(s, n.end)
	if !n.pureArabic || !n.integer || (slash != '/' && slash != '／') || !isDigitAt(s, n.end+sl) {
		return Quantity{}, 0, false, false
	}
	d := scanArabic(s, n.end+sl)
	if r, _ := at(s, d.end); d.integer && d.val != 0 && r != '/' && r != '／' && n.digits < 4 {
		v := n.val / d.val
		return f.make(n.start, d.end, n.start, d.end, v, "", v, "", Number), d.end, true, true
	}
	return Quantity{}, d.end, false, true
}

// unitStart finds where the unit may start: after OCR blanks, a year's page
// break (2020\n\n年), a qualifier (5600余人次) or a multiplier letter (3M).
func (f *finder) unitStart(n numeral) attach {
	s := f.s
	a := attach{n: n, resume: n.end, numEnd: n.end, numVal: n.val, value: n.val, factor: 1}
	a.k = skipSpace(s, n.end)
	if n.pureArabic && n.integer && n.digits == 4 {
		j := n.end
		for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r') {
			j++
		}
		if hasPrefix(s, j, "年") {
			a.k = j
		}
	}
	a.qual = n.approx
	if r, sz := at(s, a.k); r == '余' || r == '餘' || r == '多' || f.jiAfterTens(n, r) {
		a.qual = string(r)
		k2 := skipSpace(s, a.k+sz)
		_, _, money := f.smallMoney(n, k2) // 三百幾蚊
		if _, _, ok := matchUnit(s, k2); ok || money {
			a.k = k2
		} else {
			// 400多 with no unit: the qualifier follows the number
			a.resume = a.k + sz
			a.k = -1
		}
		return a
	}
	letter, factor, end, ok := f.letterMultiplier(n)
	switch {
	case ok:
		a.prefix, a.factor, a.numEnd, a.numVal = letter, factor, end, n.val*factor
		a.resume = end
		a.k = skipSpace(s, end)
	case end < 0:
		a.k = -1
	}
	return a
}

// jiAfterTens reports 几 after a numeral that ends in a power: 十几个,
// 二十几万 (几 before 万 is read by the scanner).
func (f *finder) jiAfterTens(n numeral, r rune) bool {
	if r != '几' && r != '幾' || !n.chinese {
		return false
	}
	pr, _ := before(f.s, n.end)
	return class(pr) == cPower || class(pr) == cTens
}

// findUnit matches the unit at a.k: a money unit told by what follows it
// (五毛钱, 两角五分, 一百蚊), a unit of the tables, or 两 as a weight.
func (f *finder) findUnit(a *attach) {
	if a.k < 0 {
		return
	}
	if u, end, ok := f.smallMoney(a.n, a.k); ok {
		a.u, a.uEnd, a.hasUnit = u, end, true
		return
	}
	a.u, a.uEnd, a.hasUnit = matchUnit(f.s, a.k)
	if a.hasUnit {
		return
	}
	if _, _, cold := f.belowZero(a.n.start); cold && hasPrefix(f.s, a.k, "度") {
		a.u, a.uEnd, a.hasUnit = unitEntry{unitDef: unitDef{"度", Physical, "℃", 1}}, a.k+len("度"), true
		return
	}
	// 两 as a weight (三十两, 二两, 9两半) only at the end of a phrase
	n, s := a.n, f.s
	r, sz := at(s, a.k)
	if (r != '两' && r != '兩') || a.k != n.end || n.single && (s[n.start:n.end] == "两" || s[n.start:n.end] == "兩") {
		return
	}
	if r2, _ := at(s, a.k+sz); !hanzi.IsHan(r2) || r2 == '半' {
		a.u, a.uEnd, a.hasUnit = unitEntry{unitDef: unitDef{string(r), Physical, liang.Norm, liang.Factor}}, a.k+sz, true
	}
}

// belowZero reports 零下 or 零上 before a temperature (零下5度, 零下3℃,
// 零上三度), where it starts, and the sign it gives.
func (f *finder) belowZero(start int) (int, float64, bool) {
	p := spaceBefore(f.s, start, "")
	for _, m := range []struct {
		word string
		sign float64
	}{{"零下", -1}, {"零上", 1}} {
		if hasSuffixString(f.s[:p], m.word) {
			return p - len(m.word), m.sign, true
		}
	}
	return start, 1, false
}

// date makes a date or time of a number before 年, 月, 日…, or reports
// that it is a duration.
func (f *finder) date(a *attach) (Quantity, bool) {
	kind, ok := dateKind(a.n, a.u.Text)
	if !ok {
		return Quantity{}, false
	}
	end, hours := a.uEnd, a.n.val
	if kind == Time {
		end, hours = f.minutes(end, hours)
	}
	q := f.make(a.n.start, end, a.n.start, a.n.end, hours, a.u.Text, hours, a.u.Text, kind)
	q.Chinese, q.Qualifier = a.n.chinese, a.qual
	return q, true
}

// minutes reads what follows 3点 in one time: 半 (3点半) or N分 (3点15分),
// as a fraction of an hour.
func (f *finder) minutes(end int, hours float64) (int, float64) {
	s := f.s
	if hasPrefix(s, end, "半") {
		return end + len("半"), hours + 0.5
	}
	m, ok := scanNumeral(s, end)
	if !ok || m.neg || !m.integer || m.val >= 60 || !hasPrefix(s, m.end, "分") || hasPrefix(s, m.end, "分之") {
		return end, hours
	}
	return m.end + len("分"), hours + m.val/60
}

// applyUnit sets the unit, kind and normalised value, then reads what may
// follow the unit in one amount.
func (f *finder) applyUnit(q *Quantity, a *attach) {
	s, u := f.s, a.u
	q.End = a.uEnd
	q.Unit = a.prefix + stripSpace(s[a.k:a.uEnd])
	q.Kind = u.Kind
	q.Value = a.value
	q.NormValue = a.value * a.factor * u.Factor
	q.NormUnit = u.Norm
	f.compound(q, a)
	if start, sign, cold := f.belowZero(a.n.start); cold && u.Norm == "℃" && !a.n.neg {
		q.Start, q.Value, q.NormValue = start, sign*q.Value, sign*q.NormValue
		q.num = sign * q.num
	}
	if u.Text == "元" {
		q.NormUnit = f.currencyNamedBefore(a.n.start, q.NormUnit)
	}
	if u.Kind == Level && hasPrefix(s, q.End, "整") && containsRune("元圆圓", []rune(u.Text)[0]) {
		q.End += len("整") // 金额大写: 壹万贰仟圆整
	}
}

// bare makes a number with no unit, or reports that it is no quantity.
func (f *finder) bare(q *Quantity, a *attach) bool {
	n := a.n
	if a.numEnd == n.end && asciiLetterAt(f.s, n.end) {
		a.resume = skipAlnum(f.s, n.end) // 5G, 4AA
		return false
	}
	q.End = a.numEnd
	q.Kind = Number
	q.Value = a.value
	q.Unit = a.prefix
	q.NormValue = a.value * a.factor
	if !f.bareNumberOK(n, max(a.resume, a.numEnd)) {
		return false
	}
	if start, word, norm, ok := f.currencyWordBefore(n.start); ok {
		// 日圓2000, 港幣100億: the currency is written before the number
		q.Start, q.Kind, q.Unit, q.NormUnit = start, Level, a.prefix+word, norm
	}
	return true
}

// currencyWordBefore finds a currency of two or more characters written
// just before a number (港幣100億, 日圓2000), but not an exchange rate
// (美元兑人民币6.9).
func (f *finder) currencyWordBefore(start int) (int, string, string, bool) {
	s := f.s
	for _, u := range moneyUnits {
		if len(u.Text) < 6 || !hasSuffixString(s[:start], u.Text) {
			continue
		}
		p := start - len(u.Text)
		if pr, _ := before(s, p); pr == '兑' || pr == '兌' || class(pr) != cNone || isStarter(pr) {
			return start, "", "", false // 两美元五: the unit of the number before
		}
		return p, u.Text, u.Norm, true
	}
	return start, "", "", false
}

// currencyNamedBefore is the currency written before an amount in 元
// (港幣100元 is in Hong Kong dollars), or norm when none is.
func (f *finder) currencyNamedBefore(start int, norm string) string {
	p := start
	for r, sz := before(f.s, p); hanzi.IsBlank(r) && sz > 0; r, sz = before(f.s, p) {
		p -= sz
	}
	for _, c := range currencyBefore {
		if hasSuffixString(f.s[:p], c.Word) {
			return c.Norm
		}
	}
	return norm
}
