package figure

import "strings"

// daySpanWords after a day make it the start or end of a span: 2017年10月1
// 日起，执行新国民经济行业分类标准 (a release's notes), 自2024年1月1日起施行.
// The year of such a day says from when a rule holds, not which year the
// text's figures are of.
var daySpanWords = []string{"起", "以来", "开始", "至", "到", "止"}

// daySpan reports whether after, the text right after a year, is the rest
// of a day that opens or closes a span: 10月1日起.
func daySpan(after string) bool {
	rest, ok := cutNumberThen(after, "月")
	if !ok {
		return false
	}
	if rest, ok = cutNumberThen(rest, "日"); !ok {
		if rest, ok = cutNumberThen(rest, "号"); !ok {
			return false
		}
	}
	return hasPrefixAny(strings.TrimLeft(rest, " "), daySpanWords)
}

// cutNumberThen cuts from s a run of digits (blanks allowed around it) and
// then w; ok is false when s does not open so.
func cutNumberThen(s, w string) (string, bool) {
	t := strings.TrimLeft(s, " ")
	d := strings.TrimLeft(t, "0123456789")
	if len(d) == len(t) {
		return s, false
	}
	d = strings.TrimLeft(d, " ")
	if !strings.HasPrefix(d, w) {
		return s, false
	}
	return d[len(w):], true
}

// asOfWords before a year make it the time the text's figures are counted
// to (截至2023年6月30日，全县金融机构存款余额…), not a horizon the text looks
// ahead to, though 至 closes both.
var asOfWords = []string{"截至", "截止", "截至到", "截止到"}
