package quantity

import (
	"math"
	"unicode/utf8"
)

// Find returns the quantities of text in order. It reports dates (2024年,
// 12月21日) with kind Date and times with kind Time, and leaves out what
// only looks like a number: idioms and names (一切, 十四五, 九里山, 第一产业),
// list markers (一是, (5)), slogans (一区两城三基地, "三十工程", "345",
// 3+13+N), phone numbers and codes (8797000 after 热线, 5G, B2).
func Find(text string) []Quantity {
	var out []Quantity
	f := finder{s: text}
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		var sz int
		if c < utf8.RuneSelf {
			r, sz = rune(c), 1
			if c == 'h' || c == 'w' {
				if hasPrefix(text, i, "http://") || hasPrefix(text, i, "https://") || hasPrefix(text, i, "www.") {
					i = skipURL(text, i)
					continue
				}
			}
			if !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '$' {
				i++
				continue
			}
		} else {
			if c >= 0xE0 && c < 0xF0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
				r, sz = rune(c&0x0F)<<12|rune(text[i+1]&0x3F)<<6|rune(text[i+2]&0x3F), 3
			} else {
				r, sz = utf8.DecodeRuneInString(text[i:])
			}
			if class(r) == cNone && r != '第' && r != '负' && r != '負' && r != '－' && r != '￥' && r != '¥' && r != '首' && r != '半' && r != '对' && r != '對' {
				i += sz
				continue
			}
		}
		q, next, ok := f.at(i, r)
		if ok && representable(q) {
			out = append(out, q)
		}
		if next <= i {
			next = i + sz
		}
		i = next
	}
	propagateUnits(text, out)
	return out
}

type finder struct {
	s string
}

// at tries a quantity starting at i (rune r). It returns where scanning
// resumes.
func (f *finder) at(i int, r rune) (Quantity, int, bool) {
	s := f.s
	var q Quantity
	// a number glued to Latin letters is a code or a name: 5G, B2, 4AA
	if pr, _ := before(s, i); pr < utf8.RuneSelf && (asciiLetterAt(s, i-1) || pr == '_') {
		return q, skipAlnum(s, i), false
	}
	if end, stop := inStopWord(s, i, r); stop {
		return q, end, false
	}
	switch r {
	case '半', '对', '對':
		return f.half(i, r)
	case '第':
		return f.ordinal(i)
	case '首':
		return f.first(i)
	case '$', '￥', '¥':
		return f.currencyPrefix(i, r)
	}
	if class(r) == cPower || class(r) == cBig {
		if q, end, ok := f.percentPrefix(i); ok {
			return q, end, true
		}
	}
	if c := class(r); c == cCnDigit || c == cZero {
		// 二三十, 五六百, 两三个: a rough range, not a figure
		if r2, sz2 := at(s, i+len(string(r))); class(r2) == cCnDigit && (charValue[r2] == charValue[r]+1 || r == '两' && r2 == '三') {
			r3, _ := at(s, i+len(string(r))+sz2)
			if class(r3) == cPower {
				n, _ := scanNumeral(s, i+len(string(r)))
				return q, maxInt(n.end, i+1), false
			}
			if _, end, ok := matchUnit(s, i+len(string(r))+sz2); ok && class(r3) == cNone {
				return q, end, false
			}
		}
		if v, end, n := concatDigits(s, i); n >= 2 {
			// 二〇二四年, 一九九一年: a year; 三八折: a discount
			if n == 4 && hasPrefix(s, end, "年") {
				q = f.make(i, end+len("年"), i, end, v, "年", v, "年", Date)
				q.Chinese = true
				return q, q.End, true
			}
			if n == 2 && hasPrefix(s, end, "折") {
				q = f.make(i, end+len("折"), i, end, v, "折", v, "%", Percent)
				q.Chinese = true
				return q, q.End, true
			}
		}
	}
	n, ok := scanNumeral(s, i)
	if !ok {
		return q, i, false
	}
	return f.withUnit(n)
}

func hasPrefix(s string, i int, p string) bool {
	return i <= len(s) && len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func skipAlnum(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' || asciiLetterAt(s, i) || c == '_' || c == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

func (f *finder) make(start, end, numStart, numEnd int, value float64, unit string, norm float64, normUnit string, kind Kind) Quantity {
	return Quantity{
		Start: start, End: end, Text: f.s[start:end],
		Value: clean(value), Unit: unit, NormValue: clean(norm), NormUnit: normUnit, Kind: kind,
		NumStart: numStart, NumEnd: numEnd, num: value,
	}
}

// clean rounds away binary noise: 121.7*1e8 is 12170000000, not
// 12170000000.000002.
func clean(v float64) float64 {
	switch a := math.Abs(v); {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return 0
	case v == math.Trunc(v) || a < 1e-3 || a >= 1e15:
		return v
	case a >= 1e6:
		return math.Round(v*1e4) / 1e4
	}
	return math.Round(v*1e9) / 1e9
}

// withUnit attaches the unit, qualifiers and kind to a scanned numeral and
// decides whether it is a quantity at all.
func (f *finder) withUnit(n numeral) (Quantity, int, bool) {
	s := f.s
	resume := n.end
	// fractions: 五分之一, 3又三分之一
	if v, end, ok := f.fraction(n); ok {
		q := f.make(n.start, end, n.start, end, v, "", v, "", Number)
		q.Chinese = n.chinese
		return q, end, true
	}
	if n.pureArabic && n.integer && hasPrefix(s, n.end, " ") && isDigitAt(s, n.end+1) {
		// 1 3/5: a whole number and a fraction
		a := scanArabic(s, n.end+1)
		if r, sz := at(s, a.end); a.integer && (r == '/' || r == '／') && isDigitAt(s, a.end+sz) {
			d := scanArabic(s, a.end+sz)
			if d.integer && d.val != 0 {
				v := n.val + a.val/d.val
				return f.make(n.start, d.end, n.start, d.end, v, "", v, "", Number), d.end, true
			}
		}
	}
	if n.fin && n.cnChars == 1 && !n.arabic && !n.dozen {
		return Quantity{}, n.end, false // 拾取, 放肆, 壹号院
	}
	// Arabic fractions 3/5
	if slash, sl := at(s, n.end); n.pureArabic && n.integer && (slash == '/' || slash == '／') && isDigitAt(s, n.end+sl) {
		d := scanArabic(s, n.end+sl)
		if r, _ := at(s, d.end); d.integer && d.val != 0 && r != '/' && r != '／' && n.digits < 4 {
			v := n.val / d.val
			return f.make(n.start, d.end, n.start, d.end, v, "", v, "", Number), d.end, true
		}
		return Quantity{}, d.end, false
	}
	// ISO dates and clock times
	if n.pureArabic && n.integer {
		if end, ok := isoDate(s, n); ok {
			q := f.make(n.start, end, n.start, n.end, n.val, "", n.val, "", Date)
			return q, end, true
		}
		if end, ok := clockTime(s, n); ok {
			q := f.make(n.start, end, n.start, n.end, n.val, "", n.val, "", Time)
			return q, end, true
		}
	}

	k := skipSpace(s, n.end)
	if n.pureArabic && n.integer && n.digits == 4 {
		// 2020\n\n年: a year broken across a page
		j := n.end
		for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r') {
			j++
		}
		if hasPrefix(s, j, "年") {
			k = j
		}
	}
	// 5600余人次, 400多: the qualifier sits between the number and its unit
	qual := ""
	if n.approx != "" {
		qual = n.approx
	}
	if r, sz := at(s, k); r == '余' || r == '多' {
		if _, _, ok := matchUnit(s, skipSpace(s, k+sz)); ok || true {
			qual = string(r)
			k2 := skipSpace(s, k+sz)
			if _, _, ok := matchUnit(s, k2); ok {
				k = k2
			} else {
				// 400多 with no unit: the qualifier follows the number
				resume = k + sz
				k = -1
			}
		}
	}
	var u unitEntry
	uEnd := n.end
	hasUnit := false
	if k >= 0 {
		u, uEnd, hasUnit = matchUnit(s, k)
	}
	if hasUnit && u.Text == "两" {
		hasUnit = false
	}
	// 两 as a weight (三十两, 二两) only at the end of a phrase
	if !hasUnit && k >= 0 {
		if r, sz := at(s, k); (r == '两' || r == '兩') && k == n.end && !(n.cnChars == 1 && n.single && (s[n.start:n.end] == "两" || s[n.start:n.end] == "兩")) {
			if r2, _ := at(s, k+sz); !isIdeograph(r2) {
				u, uEnd, hasUnit = unitEntry{unitDef: unitDef{string(r), Physical, "两", 1}}, k+sz, true
			}
		}
	}
	// tenths: 九成, 75折
	if !hasUnit && k >= 0 {
		if r, sz := at(s, k); r == '成' || r == '折' {
			r2, _ := at(s, k+sz)
			guard := notPercentAfterCheng
			if r == '折' {
				guard = notPercentAfterZhe
			}
			if !containsRune(guard, r2) && n.val > 0 && n.val <= 100 && !(r == '折' && n.val == 10) {
				norm := n.val * 10
				if r == '折' && n.val >= 10 {
					norm = n.val
				}
				end := k + sz
				if r == '成' {
					// 三成半
					if r3, sz3 := at(s, end); r3 == '半' {
						norm += 5
						end += sz3
					}
				}
				q := f.make(n.start, end, n.start, n.end, n.val, string(r), norm, "%", Percent)
				q.Chinese = n.chinese
				q.Qualifier = qual
				return f.finish(q, n, end)
			}
		}
	}

	q := Quantity{Start: n.start, NumStart: n.start, NumEnd: n.end, Chinese: n.chinese, Qualifier: qual, num: n.val}
	value, prefix, factor := n.val, "", 1.0
	if n.splitAt >= 0 && (!hasUnit || (u.Kind != Percent && u.Kind != PPChange && !u.date)) {
		value, factor = n.splitVal, n.splitFactor
		prefix = stripSpace(s[n.splitAt:n.end])
	}
	if hasUnit {
		if u.date {
			kind, ok := dateKind(n, u.Text)
			if !ok {
				// 5年, 两年: a duration; 3日 alone stays a date
				u = unitEntry{unitDef: unitDef{u.Text, Duration, u.Text, 1}}
			} else {
				q.Kind = kind
				q.End = uEnd
				q.Value, q.Unit, q.NormValue, q.NormUnit = clean(n.val), u.Text, clean(n.val), u.Text
				q.Text = s[q.Start:q.End]
				return q, uEnd, true
			}
		}
		q.End = uEnd
		q.Unit = prefix + stripSpace(s[k:uEnd])
		q.Kind = u.Kind
		q.Value = value
		q.NormValue = value * factor * u.Factor
		q.NormUnit = u.Norm
		if u.Kind == Physical || u.Kind == Duration {
			// 一吨半, 两米半
			if r, sz := at(s, q.End); r == '半' && n.integer {
				q.Value += 0.5
				q.NormValue += 0.5 * factor * u.Factor
				q.End += sz
			}
		}
		if u.Kind == Level && (u.Text == "元") {
			q.End, q.Value, q.NormValue = subUnits(s, q.End, q.Value, q.NormValue, factor)
		}
	} else {
		if asciiLetterAt(s, n.end) {
			return Quantity{}, skipAlnum(s, n.end), false // 5G, 4AA
		}
		q.End = n.end
		q.Kind = Number
		q.Value = value
		q.Unit = prefix
		q.NormValue = n.val
		q.NormUnit = ""
	}
	q.Text = s[q.Start:q.End]
	q.Value, q.NormValue = clean(q.Value), clean(q.NormValue)
	if q.Kind == Count && q.Chinese && n.val == 1 && n.cnChars == 1 {
		// 一批, 一场, 又一张名片: the article "a", not a count of one
		if pr, _ := before(s, n.start); pr == '又' || containsRune(articleMeasures, []rune(u.Text)[0]) {
			return Quantity{}, q.End, false
		}
	}
	if q.Kind == Number && !f.bareNumberOK(n, maxInt(resume, n.end)) {
		return Quantity{}, maxInt(resume, n.end), false
	}
	return f.finish(q, n, maxInt(resume, q.End))
}

// finish applies the checks common to every quantity: qualifiers around it,
// slogans, list markers, phone numbers.
func (f *finder) finish(q Quantity, n numeral, resume int) (Quantity, int, bool) {
	s := f.s
	if f.slogan(q, n) {
		return Quantity{}, resume, false
	}
	if q.Kind != Date && q.Kind != Time {
		p := q.Start
		for {
			r, sz := before(s, p)
			if !isSpace(r) || p-sz < 0 {
				break
			}
			p -= sz
		}
		if w, ok := hasSuffixAt(s, p, prefixQualifiers); ok && q.Qualifier == "" {
			q.Qualifier = w
		}
		if q.Qualifier == "" {
			if w, ok := hasPrefixAt(s, skipSpace(s, q.End), suffixQualifiers); ok && w != "多" && w != "余" {
				q.Qualifier = w
			}
		}
	}
	return q, resume, true
}

// bareNumberOK decides whether a number with no unit is still a quantity
// to a reader: 这是五 yes, 一是 and 十四五 no.
func (f *finder) bareNumberOK(n numeral, after int) bool {
	s := f.s
	next, _ := at(s, after)
	if n.chinese && !n.arabic && !n.dozen {
		nn, _ := at(s, skipSpace(s, after))
		pr, _ := before(s, n.start)
		copula := n.single && pr == '是' && nn != '是' // 答案是四不是五
		if isIdeograph(nn) && nn != '的' && !copula && !fractionAt(s, after) {
			return false // 一是, 三十工程, 二十大
		}
		if n.val == 0 {
			return false // 零的突破
		}
		if n.single {
			p := n.start
			for p > 0 {
				r, sz := before(s, p)
				if !isSpace(r) {
					break
				}
				p -= sz
			}
			if r, _ := before(s, p); class(r) != cNone {
				return false // 十四\n五
			}
			if _, ok := hasSuffixAt(s, p, []string{"星期", "礼拜", "周"}); ok {
				return false
			}
		}
	}
	if n.pureArabic && n.integer {
		// 0391-8797000: the parts of a phone number
		if s[n.start] == '0' && hasPrefix(s, n.end, "-") && isDigitAt(s, n.end+1) && n.digits >= 3 && n.digits <= 4 {
			return false
		}
		if pr, _ := before(s, n.start); pr == '-' && n.digits >= 7 {
			return false
		}
		// a phone number: 8797000 after 热线
		if n.digits >= 7 && !n.pureArabicWithComma(s) {
			p := n.start
			for p > 0 {
				r, sz := before(s, p)
				if !isSpace(r) && r != ':' && r != '：' {
					break
				}
				p -= sz
			}
			if _, ok := hasSuffixAt(s, p, []string{"热线", "电话", "传真", "手机", "联系方式", "号码", "邮编"}); ok {
				return false
			}
			if n.digits >= 11 {
				return false
			}
		}
	}
	// list markers: (5), （5）, 1、 at the start of a line
	pr, _ := before(s, n.start)
	if (pr == '(' || pr == '（') && (next == ')' || next == '）') {
		return false
	}
	if next == '、' || (next == '.' && !isDigitAt(s, n.end+1)) {
		if lineStart(s, n.start) {
			return false
		}
	}
	return true
}

func (n numeral) pureArabicWithComma(s string) bool {
	for i := n.start; i < n.end; i++ {
		if s[i] == ',' {
			return true
		}
	}
	return false
}

func lineStart(s string, i int) bool {
	for i > 0 {
		r, sz := before(s, i)
		if r == '\n' {
			return true
		}
		if !isSpace(r) {
			return false
		}
		i -= sz
	}
	return true
}

// slogan reports numbers that belong to a name: inside a short quotation
// (“三十工程”, "345"创新行动, “六个走在前列”) or in a formula (3+13+N).
func (f *finder) slogan(q Quantity, n numeral) bool {
	s := f.s
	pr, _ := before(s, q.Start)
	nx, _ := at(s, q.End)
	if pr == '+' || pr == '＋' || nx == '+' || nx == '＋' {
		return true
	}
	if q.Kind == Date || q.Kind == Time {
		return false
	}
	if !n.chinese && q.Kind != Number {
		return false // “万元GDP能耗下降2.5%”: a figure quoted
	}
	// look for an opening quote shortly before and a closing one after
	open := false
	p := q.Start
	for k := 0; k < 12 && p > 0; k++ {
		r, sz := before(s, p)
		if r == '“' || r == '"' || r == '「' || r == '『' || r == '‘' {
			open = true
			break
		}
		if r == '”' || r == '」' || r == '』' || r == '’' || r == '。' || r == '，' || r == '；' || r == '\n' {
			break
		}
		p -= sz
	}
	if !open {
		return false
	}
	p = q.End
	for k := 0; k < 12 && p < len(s); k++ {
		r, sz := at(s, p)
		if r == '”' || r == '"' || r == '」' || r == '』' || r == '’' {
			return true
		}
		if r == '“' || r == '。' || r == '，' || r == '；' || r == '\n' {
			return false
		}
		p += sz
	}
	return false
}

func isIdeograph(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0xF900 && r <= 0xFAFF
}

func containsRune(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

func stripSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r' || s[i] == 0xE3 || s[i] == 0xC2 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if !isSpace(r) {
			b = append(b, r)
		}
	}
	return string(b)
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// propagateUnits gives the members of a list the unit written only after
// the last one: 1个、0.8个、1.8个百分点; 3~5年.
func propagateUnits(s string, qs []Quantity) {
	for i := len(qs) - 2; i >= 0; i-- {
		a, b := &qs[i], &qs[i+1]
		if b.Unit == "" || a.Kind == Date || a.Kind == Time || !listGap(s[a.End:b.Start]) {
			continue
		}
		if b.Kind == Date || b.Kind == Time {
			// 1-11月, 2020-2025年: a range of dates
			if a.Kind == Number && a.Unit == "" && b.Unit != "日" && (b.Unit != "年" || a.Value >= 1000 && a.Value <= 2199) {
				a.Kind, a.Unit, a.NormUnit = b.Kind, b.Unit, b.NormUnit
			}
			continue
		}
		switch {
		case a.Kind == Number && a.Unit == "":
			a.Unit, a.Kind, a.NormUnit = b.Unit, b.Kind, b.NormUnit
			if a.Value != 0 && b.Value != 0 {
				a.NormValue = clean(a.Value * b.NormValue / b.Value)
			}
		case a.Unit == "个" && b.Kind == PPChange:
			a.Unit, a.Kind, a.NormUnit, a.NormValue = b.Unit, PPChange, "pp", a.Value
		}
	}
}

// listGap reports whether what lies between two quantities only separates
// members of one list.
func listGap(g string) bool {
	if len(g) == 0 || len(g) > 12 {
		return false
	}
	for _, r := range g {
		switch r {
		case '、', '和', '与', '及', '或', '~', '～', '至', '到', '-', '—', '－', ' ', '\n':
		default:
			return false
		}
	}
	return true
}

// skipURL skips a web address: its digits are not quantities.
func skipURL(s string, i int) int {
	for i < len(s) && s[i] > ' ' && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}
