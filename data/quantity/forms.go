package quantity

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// This file reads the forms a number takes besides digits and a unit:
// fractions (五分之一), percentages written out (百分之五), currency signs
// ($20), ranks (第二, 首位), halves and discounts (半成, 打对折), dates and
// clock times.

// dateKind says whether a number before 年, 月, 日… is a date (or time) or a
// duration.
func dateKind(n numeral, unit string) (Kind, bool) {
	v := n.val
	whole := n.integer && v == math.Trunc(v) && !n.neg && n.approx == ""
	switch unit {
	case "年", "年度":
		if whole && v >= 1000 && v <= 2199 && (n.pureArabic || n.cnChars == 4) {
			return Date, true
		}
		return Duration, false
	case "月", "月份", "月底", "月初", "月末":
		return Date, whole && v >= 1 && v <= 12
	case "日", "号":
		return Date, whole && v >= 1 && v <= 31
	case "时", "点":
		return Time, whole && v >= 0 && v <= 24
	case "季度":
		return Date, whole && v >= 1 && v <= 4
	}
	return Date, false
}

// isoDate reads 2025-04-28 or 2025/04/28 after a four-digit year.
func isoDate(s string, n numeral) (int, bool) {
	if n.digits != 4 || n.end >= len(s) {
		return 0, false
	}
	sep := s[n.end]
	if sep != '-' && sep != '/' && sep != '.' {
		return 0, false
	}
	j := n.end + 1
	m := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' && m < 2 {
		j++
		m++
	}
	if m == 0 {
		return 0, false
	}
	if j < len(s) && s[j] == sep {
		k := j + 1
		d := 0
		for k < len(s) && s[k] >= '0' && s[k] <= '9' && d < 2 {
			k++
			d++
		}
		if d > 0 {
			return k, true
		}
	}
	if sep == '-' {
		return 0, false
	}
	return j, true
}

// clockTime reads 13:54:20 or 13:54.
func clockTime(s string, n numeral) (int, bool) {
	if n.digits > 2 || n.end+2 >= len(s) || s[n.end] != ':' {
		return 0, false
	}
	j := n.end
	parts := 0
	for j+2 < len(s)+0 && s[j] == ':' && isASCIIDigit(s[j+1]) && j+2 < len(s) && isASCIIDigit(s[j+2]) {
		j += 3
		parts++
		if j >= len(s) {
			break
		}
	}
	return j, parts > 0
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// fraction reads 分之 after a numeral (五分之一, 16分之5) and 又 before a
// fraction (3又三分之一).
func (f *finder) fraction(n numeral) (float64, int, bool) {
	s := f.s
	j := skipSpace(s, n.end)
	if hasPrefix(s, j, "又") {
		k := skipSpace(s, j+len("又"))
		d, ok := scanNumeral(s, k)
		if ok {
			if v, end, ok := f.fraction(d); ok {
				if n.val < 0 {
					return n.val - v, end, true
				}
				return n.val + v, end, true
			}
		}
		return 0, 0, false
	}
	if !fractionAt(s, n.end) || n.val == 0 {
		return 0, 0, false
	}
	j = skipSpace(s, j+len("分"))
	j = skipSpace(s, j+len("之"))
	m, ok := scanNumeral(s, j)
	if !ok {
		return 0, 0, false
	}
	v := m.val / n.val
	if n.neg && m.neg {
		v = math.Abs(v)
	}
	return v, m.end, true
}

// percentPrefix reads 百分之N, 千分之N, 万分之N and their spaced forms.
func (f *finder) percentPrefix(i int) (Quantity, int, bool) {
	s := f.s
	den := 1.0
	j := i
	for n := 0; n < 4; n++ {
		r, sz := at(s, j)
		c := class(r)
		if c != cPower && c != cBig {
			break
		}
		den *= p10(charValue[r])
		j = skipSpace(s, j+sz)
	}
	if j == i || !fractionAt(s, j) {
		return Quantity{}, i, false
	}
	j = skipSpace(s, j)
	j = skipSpace(s, j+len("分"))
	j = skipSpace(s, j+len("之"))
	if r, sz := at(s, j); class(r) == cCnDigit {
		if r2, _ := at(s, j+sz); class(r2) == cCnDigit && charValue[r2] == charValue[r]+1 {
			return Quantity{}, j, false // 百分之二三十
		}
	}
	num, ok := scanNumeral(s, j)
	if !ok && (hasPrefix(s, j, "百") || hasPrefix(s, j, "佰")) {
		num, ok = numeral{start: j, end: j + len("百"), val: 100, chinese: true}, true // 百分之百
	}
	if !ok {
		return Quantity{}, i, false
	}
	unit := stripSpace(s[i:j])
	q := f.make(i, num.end, num.start, num.end, num.val, unit, num.val*100/den, "%", Percent)
	q.Chinese = num.chinese
	return q, num.end, true
}

// negativePercent reads 负百分之五 (−5%).
func (f *finder) negativePercent(i int, r rune) (Quantity, int, bool) {
	s := f.s
	m := numScanner{s: s}
	j, ok := m.sign(i)
	if !ok || !m.n.neg {
		return Quantity{}, 0, false
	}
	q, end, ok := f.percentPrefix(j)
	if !ok || q.Value < 0 {
		return Quantity{}, 0, false
	}
	q.Start, q.Text = i, s[i:end]
	q.Value, q.NormValue, q.num = -q.Value, -q.NormValue, -q.num
	return q, end, true
}

// doubling reads 翻一番 (twice), 翻了两番 (four times): N doublings.
func (f *finder) doubling(i int) (Quantity, int, bool) {
	s := f.s
	j := i + len("翻")
	if hasPrefix(s, j, "了") {
		j += len("了")
	}
	n, ok := scanNumeral(s, j)
	if !ok || n.neg || n.start != j || n.val < 1 || n.val > 10 || !hasPrefix(s, n.end, "番") {
		return Quantity{}, j, false
	}
	end := n.end + len("番")
	q := f.make(i, end, n.start, n.end, n.val, "番", math.Pow(2, n.val), "倍", Multiple)
	q.Chinese = n.chinese
	return q, end, true
}

// currencyPrefix reads $20, ￥300, €5, HK$100, US$1.2B, $5M.
func (f *finder) currencyPrefix(i int, r rune) (Quantity, int, bool) {
	s := f.s
	j := i + utf8.RuneLen(r)
	if !isDigitAt(s, j) {
		return Quantity{}, j, false
	}
	a := scanArabic(s, j)
	start, unit, norm := i, string(r), "元"
	for _, c := range currencySigns {
		if c.Sign == unit && (c.Before == "" || hasSuffixString(s[:i], c.Before)) {
			start, unit, norm = i-len(c.Before), c.Before+unit, c.Norm
			break
		}
	}
	if unit == "￥" || unit == "¥" {
		unit = "元"
	}
	q := f.make(start, a.end, j, a.end, a.val, unit, a.val, norm, Level)
	for _, m := range letterMultipliers {
		if hasPrefix(s, a.end, m.Letter) && !asciiLetterAt(s, a.end+len(m.Letter)) {
			q = f.make(start, a.end+len(m.Letter), j, a.end+len(m.Letter), a.val, unit+m.Letter, a.val*m.Factor, norm, Level)
			break
		}
	}
	return q, q.End, true
}

func hasSuffixString(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// ordinal reads 第N: a rank (全市第一, 第5位) or another ordinal (第5次,
// 第三季度); editions and names (第五届, 第一产业) are left out.
func (f *finder) ordinal(i int) (Quantity, int, bool) {
	s := f.s
	j := skipSpace(s, i+len("第")) // 第\n一名: a line break inside a rank
	n, ok := scanNumeral(s, j)
	if !ok || n.start != j || n.neg {
		return Quantity{}, j, false
	}
	end := n.end
	if r, _ := at(s, end); r == '.' {
		return Quantity{}, end, false
	}
	named := false // 第一位, 第一名
	nx, sz := at(s, end)
	switch nx {
	case '位', '名':
		named = true
		end += sz
		nx, _ = at(s, end)
	}
	q := f.make(i, end, n.start, n.end, n.val, "第", n.val, "rank", Ordinal)
	q.Chinese = n.chinese
	if hasPrefix(s, n.end, "季度") {
		q.End = n.end + len("季度")
		q.Text = s[q.Start:q.End]
		q.Kind, q.Unit, q.NormUnit = Date, "季度", "季度"
		return q, q.End, true
	}
	if !hanzi.IsHan(nx) || nx == '的' || nx == '和' || nx == '或' || nx == '与' || nx == '第' {
		q.Kind = Rank
	} else if _, ok := hasSuffixAt(s, i, []string{"排名", "排", "位居", "居", "列"}); ok && named {
		q.Kind = Rank
	} else if named && rankMoveAt(s, end) {
		q.Kind = Rank // 由二季度的第12位上升到第6位: the rank moved from
	} else {
		switch nx {
		case '届', '批', '期', '代', '次', '回', '轮', '章', '条', '款', '节', '季', '个', '家', '部', '卷', '号':
			// an ordinal that is not a rank: 第5次, 第五届
		default:
			// 第九纵队: an ordinal in a name; still an ordinal
		}
	}
	q.Unit = "第" // CONTRACTS.md: 第 is the unit of every rank, 第一位 too
	return q, end, true
}

// first reads 首位 (the top rank), and 榜首 and 之首 after a verb of
// standing (荣登百强县榜首, 居全市县域之首).
func (f *finder) first(i int) (Quantity, int, bool) {
	s := f.s
	if q, ok := f.topOf(i); ok {
		return q, q.End, true
	}
	if !hasPrefix(s, i, "首位") {
		return Quantity{}, i + len("首"), false
	}
	end := i + len("首位")
	if r, _ := at(s, end); hanzi.IsHan(r) && r != '的' {
		return Quantity{}, end, false
	}
	q := f.make(i, end, i, i+len("首"), 1, "首位", 1, "rank", Rank)
	q.Chinese = true
	return q, end, true
}

// topHeads end the top of a list (榜首) or of a set (之首); topStands
// stand a holder there (居全市县域之首; not 百药之首, a title).
var (
	topHeads  = []string{"榜", "之"}
	topStands = []string{"居", "登", "列", "踞", "夺得", "位于"}
)

// topReach is how far before 之首, in bytes, its verb of standing may be.
const topReach = 16 * 3

// topOf reads 榜首 or 之首 at i-3 (i is at 首), a rank 1, when the top is
// stood at: 榜首 after any words (荣登全国发展潜力百强县榜首), 之首 only
// after a verb of standing in its clause; neither held for a streak
// (连续七年位居…榜首), which is no figure of the period.
func (f *finder) topOf(i int) (Quantity, bool) {
	s := f.s
	if i < 3 {
		return Quantity{}, false
	}
	head := ""
	for _, h := range topHeads {
		if s[i-len(h):i] == h {
			head = h
		}
	}
	end := i + len("首")
	if r, _ := at(s, end); head == "" || hanzi.IsHan(r) && r != '的' {
		return Quantity{}, false
	}
	before := s[max(0, i-len(head)-topReach) : i-len(head)]
	if k := strings.LastIndexAny(before, "，,。；;：:、\n"); k >= 0 {
		before = before[k:]
	}
	if strings.Contains(before, "连续") {
		return Quantity{}, false // 连续七年位居全国工业百强区榜首: a streak, not this period's rank
	}
	stood := head == "榜"
	for _, v := range topStands {
		stood = stood || strings.Contains(before, v)
	}
	if !stood {
		return Quantity{}, false
	}
	start := i - len(head)
	q := f.make(start, end, start, end, 1, "第", 1, "rank", Rank)
	q.Chinese = true
	return q, true
}

// half reads 半成 (5%), 半折 and 打对折 (50%).
func (f *finder) half(i int, r rune) (Quantity, int, bool) {
	s := f.s
	sz := len(string(r))
	next, nsz := at(s, i+sz)
	after, _ := at(s, i+sz+nsz)
	if next != '折' && next != '成' || next == '成' && (r != '半' || containsRune(notPercentAfterCheng+"品", after)) {
		return Quantity{}, i + sz, false
	}
	if r != '半' {
		if p, _ := before(s, i); p != '打' {
			return Quantity{}, i + sz, false
		}
	}
	norm := 50.0
	if next == '成' {
		norm = 5
	}
	q := f.make(i, i+sz+nsz, i, i+sz, 0.5, string(next), norm, "%", Percent)
	q.Chinese = true
	return q, q.End, true
}
