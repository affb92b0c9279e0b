package quantity

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// Character classes of numerals.
const (
	cNone    uint8 = iota
	cDigit         // 0-9 and ０-９
	cCnDigit       // 一…九, 两, 壹…玖
	cZero          // 零 〇
	cPower         // 十 百 千 (拾 佰 仟)
	cBig           // 万 亿 兆 (萬 億)
	cPoint         // 点 點: a Chinese decimal point
	cApprox        // 多 余 几: 十多万, 二十几万
	cTens          // 廿 卅 卌: twenty, thirty, forty in one character
)

var (
	charClass [0x10000]uint8
	charValue [0x10000]uint8 // the digit, or the power of ten
	financial [0x10000]bool  // 壹 贰 … 拾 佰 仟: the banker's forms
	// starter marks the runes that may start a quantity without being
	// numerals: ranks (第, 首), signs, currency symbols, halves (半成,
	// 打对折). Find asks it of every Han character.
	starter [0x10000]bool
	// mayOpen has bit r set when charClass[r] is not cNone or starter[r]:
	// what Find asks of every Han character, in 8 KB that stay in the
	// nearest cache where the two 64 KB tables did not
	mayOpen [0x10000 / 64]uint64
)

// initClasses fills the character tables; lexicon.go's init calls it first
// so that the tables built from words can use them.
func initClasses() {
	for r := '0'; r <= '9'; r++ {
		charClass[r], charValue[r] = cDigit, uint8(r-'0')
		charClass[r-'0'+'０'], charValue[r-'0'+'０'] = cDigit, uint8(r-'0')
	}
	digits := []struct {
		chars string
		v     uint8
	}{
		{"一壹弌", 1}, {"二两兩贰貳倆俩", 2}, {"三叁參", 3}, {"四肆", 4}, {"五伍", 5},
		{"六陆陸", 6}, {"七柒", 7}, {"八捌", 8}, {"九玖", 9},
	}
	for _, d := range digits {
		for _, r := range d.chars {
			charClass[r], charValue[r] = cCnDigit, d.v
		}
	}
	for _, r := range "零〇" {
		charClass[r] = cZero
	}
	for _, p := range []struct {
		chars string
		v     uint8
	}{{"十拾", 1}, {"百佰", 2}, {"千仟", 3}} {
		for _, r := range p.chars {
			charClass[r], charValue[r] = cPower, p.v
		}
	}
	for _, p := range []struct {
		chars string
		v     uint8
	}{{"万萬", 4}, {"亿億", 8}, {"兆", 12}} {
		for _, r := range p.chars {
			charClass[r], charValue[r] = cBig, p.v
		}
	}
	for _, r := range "点點" {
		charClass[r] = cPoint
	}
	for _, r := range "多余餘几幾" {
		charClass[r] = cApprox
	}
	for r, v := range map[rune]uint8{'廿': 2, '卅': 3, '卌': 4} {
		charClass[r], charValue[r] = cTens, v
	}
	for _, r := range "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟" {
		financial[r] = true
	}
	for _, r := range "第首负負－−￥¥€£半对對翻" {
		starter[r] = true
	}
	for r := range charClass {
		if charClass[r] != cNone || starter[r] {
			mayOpen[r/64] |= 1 << (r % 64)
		}
	}
}

func class(r rune) uint8 {
	if r < 0 || r >= 0x10000 {
		return cNone
	}
	return charClass[r]
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

func p10(n uint8) float64 { return pow10[n] }

// at decodes the rune at byte i, or returns (0, 0) at the end.
func at(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	// hanzi.DecodeRune, its three-byte case written out: a call less for
	// every character the finder reads
	if i+2 < len(s) && s[i]&0xF0 == 0xE0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		if r := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return hanzi.DecodeRune(s[i:])
}

// before decodes the rune ending at byte i.
func before(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return hanzi.DecodeLastRune(s[:i])
}

// skipSpace skips the blanks OCR leaves inside a figure: spaces and at most
// one line break.
func skipSpace(s string, i int) int {
	lines := 0
	for n := 0; n < 8; n++ {
		r, sz := at(s, i)
		if !hanzi.IsBlank(r) {
			return i
		}
		if r == '\n' {
			if lines++; lines > 1 {
				return i
			}
		}
		i += sz
	}
	return i
}

func isDigitAt(s string, i int) bool {
	r, _ := at(s, i)
	return class(r) == cDigit
}

// arabic is an Arabic numeral as scanned.
type arabic struct {
	end      int
	val      float64
	digits   int  // integer digits
	integer  bool // no decimal part, separator, exponent or suffix
	wide     bool // written with full-width digits
	hasComma bool
}

// scanArabic reads 1,266 or 121.7 or ３．５ or 2e5 or 15k starting at i,
// which must hold a digit or a decimal point before one.
func scanArabic(s string, i int) arabic {
	a := arabic{integer: true}
	var m mantissa
	j := a.intPart(s, i, &m)
	if r, sz := at(s, j); (r == '.' || r == '．') && isDigitAt(s, j+sz) {
		a.integer = false
		j += sz
		for r, sz = at(s, j); class(r) == cDigit; r, sz = at(s, j) {
			m.add(charValue[r], true)
			j += sz
		}
	}
	a.val = m.value(s[i:j])
	j = a.exponent(s, j)
	if r, sz := at(s, j); (r == 'k' || r == 'K' || r == 'Ｋ') && !asciiLetterAt(s, j+sz) {
		a.val *= 1000
		a.integer = false
		j += sz
	}
	a.end = j
	return a
}

// mantissa accumulates digits exactly while they fit in a float64's 53 bits.
type mantissa struct {
	v        uint64
	frac     int
	overflow bool
}

func (m *mantissa) add(d uint8, isFrac bool) {
	if m.v >= 1<<53/10 {
		m.overflow = true
		return
	}
	m.v = m.v*10 + uint64(d)
	if isFrac {
		m.frac++
	}
}

func (m *mantissa) value(text string) float64 {
	switch {
	case m.overflow:
		return slowParse(text)
	case m.frac == 0:
		return float64(m.v)
	case m.frac < len(pow10):
		return float64(m.v) / pow10[m.frac]
	}
	return float64(m.v) / math.Pow10(m.frac)
}

// intPart reads the integer digits with their thousands separators.
func (a *arabic) intPart(s string, j int, m *mantissa) int {
	r, sz := at(s, j)
	for class(r) == cDigit {
		m.add(charValue[r], false)
		a.digits++
		if r >= '０' {
			a.wide = true
		}
		j += sz
		r, sz = at(s, j)
		// a thousands separator: exactly three digits follow
		if (r == ',' || (r == '，' && a.wide)) && threeDigits(s, j+sz) {
			a.hasComma = true
			j += sz
			r, sz = at(s, j)
		}
	}
	return j
}

// exponent reads 2e5, 12.32e+14, 2^5, 2.5^-1, ２.７８９０e－１ after the
// mantissa ending at j.
func (a *arabic) exponent(s string, j int) int {
	r, _ := at(s, j)
	if r != 'e' && r != 'E' && r != '^' {
		return j
	}
	k := j + 1
	sign := 1.0
	for {
		c, sz := at(s, k)
		if c != '+' && c != '-' && c != '－' {
			break
		}
		if c != '+' {
			sign = -sign
		}
		k += sz
	}
	e, digits := 0, 0
	for c, sz := at(s, k); class(c) == cDigit && e < 400; c, sz = at(s, k) {
		e = e*10 + int(charValue[c])
		digits++
		k += sz
	}
	if digits == 0 || asciiLetterAt(s, k) {
		return j
	}
	if r == '^' {
		a.val = math.Pow(a.val, sign*float64(e))
	} else {
		a.val *= math.Pow(10, sign*float64(e))
	}
	a.integer = false
	return k
}

func threeDigits(s string, i int) bool {
	for n := 0; n < 3; n++ {
		r, sz := at(s, i)
		if class(r) != cDigit {
			return false
		}
		i += sz
	}
	r, _ := at(s, i)
	return class(r) != cDigit
}

func asciiLetterAt(s string, i int) bool {
	if i >= len(s) || i < 0 {
		return false
	}
	c := s[i] | 0x20
	return c >= 'a' && c <= 'z'
}

func slowParse(s string) float64 {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b = append(b, byte(r-'０'+'0'))
		case r == '．':
			b = append(b, '.')
		case r == ',' || r == '，':
		default:
			b = append(b, byte(r))
		}
	}
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}

// numeral is a number as scanned, before any unit.
type numeral struct {
	start, end int
	val        float64
	// splitAt is where a closing run of 万/亿 begins when the number before
	// it is what the writer wrote (121.7 in 121.7亿): the run then belongs to
	// the unit. -1 otherwise.
	splitAt     int
	splitVal    float64
	splitFactor float64
	chinese     bool // has Chinese numeral characters
	arabic      bool
	cnChars     int  // Chinese numeral characters
	single      bool // exactly one Chinese digit, nothing else
	fin         bool // banker's forms only
	integer     bool
	pureArabic  bool // one Arabic integer, nothing else
	digits      int
	approx      string
	neg         bool
	dozen       bool
}

// lastMag is the magnitude of the power or multiplier character ending at j.
func lastMag(s string, j int) float64 {
	r, _ := before(s, j)
	switch class(r) {
	case cPower, cBig:
		return p10(charValue[r])
	case cTens:
		return 10
	}
	return 0
}

func lastPowerValue(s string, j int) float64 {
	r, _ := before(s, j)
	switch class(r) {
	case cPower:
		return float64(charValue[r])
	case cTens:
		return 1
	}
	return 99
}

// scanCnFraction reads the digits after a Chinese decimal point.
func scanCnFraction(s string, i int) (float64, int, bool) {
	var mant uint64
	n := 0
	j := i
	for n < 15 {
		r, sz := at(s, j)
		switch class(r) {
		case cCnDigit:
			mant = mant*10 + uint64(charValue[r])
		case cZero:
			mant *= 10
		default:
			if n == 0 {
				return 0, i, false
			}
			return float64(mant) / pow10[n], j, true
		}
		n++
		j += sz
	}
	return float64(mant) / pow10[n], j, true
}

// fractionAt reports whether 分之 (with blanks) starts at i: 百分之 is a
// percentage, not the power 百.
func fractionAt(s string, i int) bool {
	i = skipSpace(s, i)
	r, sz := at(s, i)
	if r != '分' {
		return false
	}
	i = skipSpace(s, i+sz)
	r, _ = at(s, i)
	return r == '之'
}

// typedZeros stand for 〇 inside a year typed digit by digit: news of the
// 2000s writes 二00七年 or 二OO七年 for 二〇〇七年.
const typedZeros = "0OＯ０"

// concatDigits reads digit-by-digit numerals such as 二〇二四 (a year) or
// 三八 (in 三八折): digits with no powers between them.
func concatDigits(s string, i int) (val float64, end, n int) {
	j := i
	for n < 4 {
		r, sz := at(s, j)
		c := class(r)
		if c == cCnDigit {
			val = val*10 + float64(charValue[r])
		} else if c == cZero || n > 0 && strings.ContainsRune(typedZeros, r) {
			val *= 10
		} else {
			break
		}
		n++
		j += sz
	}
	return val, j, n
}
