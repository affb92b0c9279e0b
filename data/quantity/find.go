package quantity

import (
	"context"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// Find returns the quantities of text in order. It reports dates (2024年,
// 12月21日) with kind Date and times with kind Time, and leaves out what
// only looks like a number: idioms and names (一切, 十四五, 九里山, 第一产业),
// list markers (一是, (5)), slogans (一区两城三基地, "三十工程", "345",
// 3+13+N), phone numbers and codes (8797000 after 热线, 5G, B2).
func Find(text string) []Quantity {
	out, _ := FindContext(context.Background(), text)
	return out
}

// checkBytes is how much text FindContext reads between two looks at
// whether it was cancelled: a few milliseconds' work at most.
const checkBytes = 64 << 10

// FindContext is Find that stops when ctx is done (the user cancelled a
// 10 MB article's analysis): it looks at ctx every checkBytes of text and
// returns ctx's error and no quantities.
func FindContext(ctx context.Context, text string) ([]Quantity, error) {
	// reports write a number every 100-200 bytes (the seeds one in 117):
	// grown by appending, the quantities were copied over and over
	var out []Quantity
	if len(text) >= 4096 {
		out = make([]Quantity, 0, len(text)/96)
	}
	f := finder{s: text}
	for i, check := 0, 0; i < len(text); {
		if i >= check {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			check = i + checkBytes
		}
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
			if r >= 0x10000 || r < 0 || mayOpen[r/64]&(1<<(r%64)) == 0 { // class(r) == cNone and not a starter
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
	if len(out) == 0 {
		out = nil // as before the capacity was reserved
	}
	propagateUnits(text, out)
	return out, nil
}

func isStarter(r rune) bool { return r >= 0 && r < 0x10000 && starter[r] }

// indicatorAcronyms name an indicator in Latin letters; a number right
// after one is its value (完成gdp113.8亿元, GDP1641亿元), not a code.
var indicatorAcronyms = []string{"GDP", "gdp", "CPI", "PPI", "PMI"}

// afterAcronym: s ends with an indicator's acronym that is not the end of
// a longer Latin word.
func afterAcronym(s string) bool {
	for _, a := range indicatorAcronyms {
		if strings.HasSuffix(s, a) && !asciiLetterAt(s, len(s)-len(a)-1) {
			return true
		}
	}
	return false
}

type finder struct {
	s string
}

// at tries a quantity starting at i (rune r). It returns where scanning
// resumes.
func (f *finder) at(i int, r rune) (Quantity, int, bool) {
	s := f.s
	var q Quantity
	if r == '$' {
		return f.currencyPrefix(i, r) // HK$, US$: letters before a dollar
	}
	// a number glued to Latin letters is a code or a name: 5G, B2, 4AA
	if pr, _ := before(s, i); pr < utf8.RuneSelf && (asciiLetterAt(s, i-1) && !afterAcronym(s[:i]) || pr == '_') {
		return q, skipAlnum(s, i), false
	}
	if end, stop := inStopWord(s, i, r); stop {
		return q, end, false
	}
	switch r {
	case '半', '对', '對':
		if q, end, ok := f.halfOf(i); ok && r == '半' {
			return q, end, true
		}
		return f.half(i, r)
	case '翻':
		return f.doubling(i)
	case '第':
		return f.ordinal(i)
	case '首':
		return f.first(i)
	case '$', '￥', '¥', '€', '£':
		return f.currencyPrefix(i, r)
	}
	if class(r) == cPower || class(r) == cBig {
		if q, end, ok := f.percentPrefix(i); ok {
			return q, end, true
		}
	}
	if isMinus(r) {
		if q, end, ok := f.negativePercent(i, r); ok {
			return q, end, true
		}
	}
	if c := class(r); c == cCnDigit || c == cZero {
		if q, end, ok, done := f.digitRun(i, r); done {
			return q, end, ok
		}
	}
	n, ok := scanNumeral(s, i)
	if !ok {
		return q, i, false
	}
	return f.withUnit(n)
}

// digitRun reads Chinese digits written one by one: a rough range (二三十,
// 五六百, 两三个), which is no figure, a year (二〇二四年) or a discount
// (三八折). done is false for an ordinary numeral.
func (f *finder) digitRun(i int, r rune) (q Quantity, end int, ok, done bool) {
	s := f.s
	j := i + len(string(r))
	if r2, sz2 := at(s, j); class(r2) == cCnDigit && (charValue[r2] == charValue[r]+1 || r == '两' && r2 == '三') {
		r3, _ := at(s, j+sz2)
		if class(r3) == cPower {
			n, _ := scanNumeral(s, j)
			return q, max(n.end, i+1), false, true
		}
		if _, end, ok := matchUnit(s, j+sz2); ok && class(r3) == cNone {
			return q, end, false, true
		}
	}
	v, end, n := concatDigits(s, i)
	switch {
	case n == 4 && hasPrefix(s, end, "年"):
		q = f.make(i, end+len("年"), i, end, v, "年", v, "年", Date)
	case n == 2 && hasPrefix(s, end, "折"):
		q = f.make(i, end+len("折"), i, end, v, "折", v, "%", Percent)
	default:
		return q, 0, false, false
	}
	q.Chinese = true
	return q, q.End, true, true
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
	case v == math.Trunc(v) || a >= 1e15:
		return v
	case a < 1e-3:
		// 5mg in 公斤: 5e-06, not 4.9999999999999996e-06
		e := math.Pow10(12 - int(math.Ceil(math.Log10(a))))
		return math.Round(v*e) / e
	case a >= 1e6:
		return math.Round(v*1e4) / 1e4
	}
	return math.Round(v*1e9) / 1e9
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
			if !hanzi.IsBlank(r) || p-sz < 0 {
				break
			}
			p -= sz
		}
		if w, ok := hasSuffixAt(s, p, prefixQualifiers); ok && q.Qualifier == "" && !qualifierInWord(s, p, w) {
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
	if n.chinese && !n.arabic && !n.dozen && !f.chineseBareOK(n, after) {
		return false
	}
	if n.pureArabic && n.integer && f.phoneNumber(n) {
		return false
	}
	return !f.listMarker(n, after)
}

// chineseBareOK: a Chinese numeral with no unit is a quantity unless a word
// follows it (一是, 三十工程, 二十大), it is zero (零的突破), or it is one
// digit after another numeral or a weekday (十四\n五, 星期五).
func (f *finder) chineseBareOK(n numeral, after int) bool {
	s := f.s
	nn, _ := at(s, skipSpace(s, after))
	pr, _ := before(s, n.start)
	copula := n.single && pr == '是' && nn != '是' // 答案是四不是五
	if hanzi.IsHan(nn) && nn != '的' && !copula && !fractionAt(s, after) {
		return false
	}
	if n.val == 0 {
		return false
	}
	if !n.single {
		return true
	}
	p := spaceBefore(s, n.start, "")
	if r, _ := before(s, p); class(r) != cNone {
		return false
	}
	_, weekday := hasSuffixAt(s, p, []string{"星期", "礼拜", "周"})
	return !weekday
}

// spaceBefore moves back from i over blanks and the runes in also.
func spaceBefore(s string, i int, also string) int {
	for i > 0 {
		r, sz := before(s, i)
		if !hanzi.IsBlank(r) && !containsRune(also, r) {
			break
		}
		i -= sz
	}
	return i
}

// phoneNumber reports the parts of a phone number (0391-8797000) and
// numbers after 热线, 电话….
func (f *finder) phoneNumber(n numeral) bool {
	s := f.s
	if s[n.start] == '0' && hasPrefix(s, n.end, "-") && isDigitAt(s, n.end+1) && n.digits >= 3 && n.digits <= 4 {
		return true
	}
	if pr, _ := before(s, n.start); pr == '-' && n.digits >= 7 {
		return true
	}
	if n.digits < 7 || n.pureArabicWithComma(s) {
		return false
	}
	p := spaceBefore(s, n.start, ":：")
	if _, ok := hasSuffixAt(s, p, phoneWords); ok {
		return true
	}
	return n.digits >= 11
}

// listMarker reports (5), （5）, and 1、 or 1. at the start of a line.
func (f *finder) listMarker(n numeral, after int) bool {
	s := f.s
	next, _ := at(s, after)
	pr, _ := before(s, n.start)
	if (pr == '(' || pr == '（') && (next == ')' || next == '）') {
		return true
	}
	if next == '、' || (next == '.' && !isDigitAt(s, n.end+1)) {
		return lineStart(s, n.start)
	}
	return false
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
		if !hanzi.IsBlank(r) {
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
	return f.quoteOpens(q.Start) && f.quoteCloses(q.End)
}

// quoteOpens looks a few runes back for an opening quote in the clause.
func (f *finder) quoteOpens(p int) bool {
	for k := 0; k < 12 && p > 0; k++ {
		r, sz := before(f.s, p)
		if containsRune(openQuotes, r) {
			return true
		}
		if containsRune(closeQuotes, r) || containsRune("。，；\n", r) {
			return false
		}
		p -= sz
	}
	return false
}

// quoteCloses looks a few runes on for the closing quote.
func (f *finder) quoteCloses(p int) bool {
	for k := 0; k < 12 && p < len(f.s); k++ {
		r, sz := at(f.s, p)
		if r == '"' || containsRune(closeQuotes, r) {
			return true
		}
		if r == '“' || containsRune("。，；\n", r) {
			return false
		}
		p += sz
	}
	return false
}

func containsRune(set string, r rune) bool {
	// an ASCII byte, or the bytes of a three-byte rune, stand in set only
	// where a range over set reads that rune (a leading byte always starts
	// what the range reads): found without decoding set
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		return strings.IndexByte(set, byte(r)) >= 0
	case r >= 0x800 && r <= 0xFFFF && (r < 0xD800 || r > 0xDFFF) && r != utf8.RuneError:
		var e [3]byte
		utf8.EncodeRune(e[:], r)
		return strings.Contains(set, string(e[:]))
	}
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
		if !hanzi.IsBlank(r) {
			b = append(b, r)
		}
	}
	return string(b)
}

// propagateUnits gives the members of a list the unit written only after
// the last one: 1个、0.8个、1.8个百分点; 3~5年.
func propagateUnits(s string, qs []Quantity) {
	for i := len(qs) - 2; i >= 0; i-- {
		a, b := &qs[i], &qs[i+1]
		gap := s[a.End:b.Start]
		pointsList := a.Unit == "个" && b.Kind == PPChange && changeGap(gap) && changedBefore(s[:a.Start])
		if b.Unit == "" || a.Kind == Date || a.Kind == Time || !listGap(gap) && !pointsList {
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

// changeGaps are the verbs a list of changes repeats before each member
// (分别下降0.2个、下降0.6个、提高0.8个百分点).
var changeGaps = []string{"下降", "提高", "上升", "增加", "减少", "降低", "回落", "扩大", "缩小"}

// changeGap: g is 、 and a change verb, the next member of a list of
// changes in points.
func changeGap(g string) bool {
	g = strings.TrimSpace(g)
	rest, ok := strings.CutPrefix(g, "、")
	if !ok {
		return false
	}
	for _, v := range changeGaps {
		if rest == v {
			return true
		}
	}
	return false
}

// changedBefore: a change verb stands right before the member (下降0.2个).
func changedBefore(s string) bool {
	s = strings.TrimSpace(s)
	for _, v := range changeGaps {
		if strings.HasSuffix(s, v) {
			return true
		}
	}
	return false
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
