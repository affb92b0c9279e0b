package quantity

import "unicode/utf8"

// token kinds while scanning a numeral
const (
	tNone = iota
	tArabic
	tDigit
	tZero
	tPower
	tBig
	tDecimal
	tApprox
)

// numScanner is the state of scanNumeral: a small machine that reads one
// token (an Arabic run, a Chinese digit, a power, a multiplier, a decimal
// point, an approximation) per step. Each step either accepts the token
// and moves on, or says the numeral ended before it.
type numScanner struct {
	s      string
	n      numeral
	j, end int // where the next token may start; the end of the numeral so far
	// the value: total is what lies before the last 万/亿, section the
	// powers since, cur the digit or Arabic run not yet multiplied
	total, section, cur float64
	curSet              bool
	prevMag             float64 // the power or multiplier before cur (二百五: 100)
	last, beforeLast    int     // the kinds of the last two tokens
	lastBig             float64
	// runStart is where a closing run of 万/亿 began, runPre the value
	// before it and runFactor its product (see numeral.splitAt)
	runStart          int
	runPre, runFactor float64
	runValid          bool
	digitStart        int
	lastDigit         rune
	allFin            bool
}

// scanNumeral reads a numeral at i: Arabic, Chinese or mixed, with 万/亿
// multipliers, a Chinese decimal point and OCR blanks between its parts.
func scanNumeral(s string, i int) (numeral, bool) {
	m := numScanner{s: s, n: numeral{start: i, splitAt: -1, integer: true}, runStart: -1, digitStart: -1, allFin: true}
	j, ok := m.sign(i)
	if !ok {
		return m.n, false
	}
	m.j, m.end = j, j
	for m.step() {
	}
	return m.done()
}

// sign reads a leading minus (-, －, −, 负, 負) and returns where the
// digits start. A hyphen after a digit or a letter joins, it does not negate.
func (m *numScanner) sign(j int) (int, bool) {
	s := m.s
	r, sz := at(s, j)
	if !isMinus(r) {
		return j, true
	}
	hyphen := r == '-' || r == '－' || r == '−'
	if pr, _ := before(s, j); hyphen && (isMinus(pr) || class(pr) == cDigit || pr < utf8.RuneSelf && asciiLetterAt(s, j-1)) {
		return j, false
	}
	k := j + sz
	if !hyphen {
		k = skipSpace(s, k) // 负 1,200,000
	}
	r2, _ := at(s, k)
	c2 := class(r2)
	if c2 != cDigit && c2 != cCnDigit && c2 != cPower && c2 != cZero && !(r2 == '.' && isDigitAt(s, k+1)) {
		return j, false
	}
	m.n.neg = true
	return k, true
}

func isMinus(r rune) bool {
	return r == '-' || r == '－' || r == '−' || r == '负' || r == '負'
}

// next finds the next token: OCR blanks are skipped between Chinese parts,
// and between an Arabic number and its multiplier (16.4 亿).
func (m *numScanner) next() int {
	s, j := m.s, m.j
	switch m.last {
	case tNone:
		return j
	case tArabic:
		k := skipSpace(s, j)
		if r, _ := at(s, k); class(r) == cBig || class(r) == cPower && (m.beforeLast == tBig || m.beforeLast == tPower) {
			return k
		}
		return j
	}
	return skipSpace(s, j)
}

// step reads one token; false when the numeral ends before it.
func (m *numScanner) step() bool {
	k := m.next()
	r, sz := at(m.s, k)
	c := class(r)
	if r == '.' && m.last == tNone && isDigitAt(m.s, k+1) {
		if pr, _ := before(m.s, k); pr != '.' {
			c = cDigit
		}
	}
	switch c {
	case cDigit:
		return m.arabicRun(k)
	case cCnDigit:
		return m.digit(k, r, sz)
	case cZero:
		return m.zero(k, r, sz)
	case cPower:
		return m.power(k, r, sz)
	case cBig:
		return m.big(k, r, sz)
	case cPoint:
		return m.point(k, sz)
	case cApprox:
		return m.approx(k, r, sz)
	case cTens:
		return m.tens(k, r, sz)
	}
	return false
}

// accept records a token of kind t ending at e.
func (m *numScanner) accept(t, e int) {
	m.beforeLast, m.last = m.last, t
	m.j, m.end = e, e
}

func (m *numScanner) arabicRun(k int) bool {
	if m.curSet || m.last == tDecimal {
		return false
	}
	if k != m.j && m.last != tBig && m.last != tPower {
		return false
	}
	a := scanArabic(m.s, k)
	if a.end == k {
		return false
	}
	n := &m.n
	n.pureArabic = m.last == tNone
	if n.pureArabic {
		n.integer, n.digits = a.integer, a.digits
	}
	m.cur, m.curSet = a.val, true
	n.arabic = true
	m.allFin = false
	m.accept(tArabic, a.end)
	m.runStart = -1
	return true
}

func (m *numScanner) digit(k int, r rune, sz int) bool {
	if m.curSet || m.last == tDecimal {
		return false
	}
	m.cur, m.curSet = float64(charValue[r]), true
	m.prevMag = 0
	if m.last == tPower || m.last == tBig {
		m.prevMag = lastMag(m.s, m.j)
	}
	m.digitStart, m.lastDigit = k, r
	if !financial[r] {
		m.allFin = false
	}
	m.chineseChar()
	m.accept(tDigit, k+sz)
	m.runStart = -1
	return true
}

func (m *numScanner) chineseChar() {
	m.n.chinese = true
	m.n.cnChars++
	m.n.pureArabic = false
}

func (m *numScanner) zero(k int, r rune, sz int) bool {
	if m.curSet {
		return false
	}
	t := tZero
	if m.last == tNone {
		m.cur, m.curSet = 0, true
		m.prevMag = 0
		m.digitStart, m.lastDigit = k, r
		t = tDigit
	}
	m.allFin = false
	m.chineseChar()
	m.accept(t, k+sz)
	m.runStart = -1
	return true
}

func (m *numScanner) power(k int, r rune, sz int) bool {
	s := m.s
	if unitAt(s, k) || (!m.curSet && fractionAt(s, k+sz)) {
		return false
	}
	if m.curSet && m.cur == 0 && m.last == tDigit && class(m.lastDigit) == cZero {
		m.cur = 1 // 零十
	}
	if !m.curSet {
		if !m.barePowerOK(k, r, sz) {
			return false
		}
		m.cur = 1
	}
	if m.last == tPower && lastPowerValue(s, m.j) <= float64(charValue[r]) && m.section > 0 && !m.curSet {
		return false
	}
	m.section += m.cur * p10(charValue[r])
	m.cur, m.curSet = 0, false
	if !financial[r] {
		m.allFin = false
	}
	m.chineseChar()
	m.accept(tPower, k+sz)
	m.runStart = -1
	return true
}

// barePowerOK says whether a power with no digit before it counts one of
// itself: 十五, 一百零十, 一万十; a bare 百 or 千 (百亿, 千万, 百三) needs a
// digit or a multiplier after it.
func (m *numScanner) barePowerOK(k int, r rune, sz int) bool {
	switch {
	case m.last == tNone && charValue[r] == 1:
		return true
	case m.last == tZero || m.last == tBig || m.last == tApprox:
		return true
	case m.last == tNone:
		r2, _ := at(m.s, k+sz)
		c2 := class(r2)
		return c2 == cBig || c2 == cCnDigit
	}
	return false
}

func (m *numScanner) big(k int, r rune, sz int) bool {
	if !m.curSet && m.section == 0 && m.total == 0 {
		return false
	}
	if unitAt(m.s, k) {
		return false
	}
	b := p10(charValue[r])
	pending := m.section + m.cur
	if m.last != tBig {
		m.runStart, m.runPre, m.runFactor = k, pending, 1
		m.runValid = m.total == 0
	}
	m.runFactor *= b
	if b >= m.lastBig {
		m.total = (m.total + pending) * b
	} else {
		m.total += pending * b
	}
	m.lastBig = b
	m.section, m.cur, m.curSet = 0, 0, false
	m.allFin = false
	m.n.chinese = true
	m.n.pureArabic = false
	m.accept(tBig, k+sz)
	return true
}

func (m *numScanner) point(k, sz int) bool {
	switch m.last {
	case tNone, tDecimal, tApprox, tArabic:
		return false
	}
	k2 := skipSpace(m.s, k+sz)
	frac, e, ok := scanCnFraction(m.s, k2)
	if !ok {
		return false
	}
	if m.last == tDigit && m.prevMag >= 10 && m.beforeLast != tZero {
		m.cur *= m.prevMag / 10
	}
	m.cur = m.section + m.cur + frac
	m.section, m.curSet = 0, true
	m.allFin = false
	m.n.cnChars += 2
	m.n.integer = false
	m.n.pureArabic = false
	m.accept(tDecimal, e)
	m.runStart = -1
	return true
}

// approx reads 多, 余, 几 inside a numeral (十多万, 二十几万); the end of the
// numeral stays before it until a power or multiplier follows.
func (m *numScanner) approx(k int, r rune, sz int) bool {
	k2 := skipSpace(m.s, k+sz)
	r2, _ := at(m.s, k2)
	c2 := class(r2)
	if m.last == tNone || m.last == tDecimal || (c2 != cBig && c2 != cPower) {
		return false
	}
	if c2 == cPower && !m.curSet && m.last != tZero {
		return false
	}
	if !m.curSet {
		m.cur, m.curSet = 0, true
	}
	m.n.approx = string(r)
	m.beforeLast, m.last = m.last, tApprox
	m.j = k2
	return true
}

// done closes the numeral: a trailing digit after a power (二百五 is 250),
// dozens, the sign and the run of multipliers the unit may take.
func (m *numScanner) done() (numeral, bool) {
	n := &m.n
	if m.last == tNone || m.end == n.start {
		return *n, false
	}
	if m.last == tApprox {
		// 十多 with nothing after: the 多 is a qualifier, not part of it
		m.last = m.beforeLast
	}
	if m.last == tDigit && m.prevMag >= 10 && m.beforeLast != tZero && m.beforeLast != tArabic {
		if m.lastDigit == '两' || m.lastDigit == '兩' {
			// 三千两百两: a closing 两 after a multiplier is the unit 两
			m.cur = 0
			m.end = m.digitStart
			n.cnChars--
		} else {
			m.cur *= m.prevMag / 10
		}
	}
	n.val = m.total + m.section + m.cur
	m.dozen()
	if n.neg {
		n.val = -n.val
	}
	n.end = m.end
	n.fin = m.allFin && n.chinese
	n.single = n.chinese && !n.arabic && n.cnChars == 1 && m.last == tDigit
	if m.runStart >= 0 && m.last == tBig && m.runValid && !n.dozen {
		n.splitAt, n.splitVal, n.splitFactor = m.runStart, m.runPre, m.runFactor
		if n.neg {
			n.splitVal = -m.runPre
		}
	}
	return *n, true
}

// dozen reads 打 after a Chinese numeral: 一打, 十打苹果 (but not 打造,
// 打击…).
func (m *numScanner) dozen() {
	n := &m.n
	r, sz := at(m.s, m.end)
	if r != '打' || !n.chinese || n.arabic {
		return
	}
	if r2, _ := at(m.s, m.end+sz); !containsRune(notDozenAfter, r2) {
		n.val *= 12
		m.end += sz
		n.dozen = true
	}
}

// tens reads 廿, 卅, 卌 (廿一 is 21, 卅年 thirty years): a digit and 十 in
// one character, at the start or after 万/亿 or 零.
func (m *numScanner) tens(k int, r rune, sz int) bool {
	if m.curSet || m.last != tNone && m.last != tBig && m.last != tZero {
		return false
	}
	m.section += float64(charValue[r]) * 10
	m.allFin = false
	m.chineseChar()
	m.accept(tPower, k+sz)
	m.runStart = -1
	return true
}
