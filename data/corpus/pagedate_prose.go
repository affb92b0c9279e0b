package corpus

import "bytes"

// proseDateBefore and proseDateAfter around a date written out in words
// (2023年6月30日) make it a time the text's own sentence speaks of, not the
// date the page was published: 截至2023年6月30日，全县金融机构存款余额…
// is the stock of the half year the release describes (its page comes
// later), and 2017年10月1日起，执行新国民经济行业分类标准 is a standard's
// start in a release's notes. A short release lies wholly within the lines
// where the page's date is looked for, so its sentences are read there too.
var (
	proseDateBefore = [][]byte{[]byte("截至"), []byte("截止"), []byte("截止到"), []byte("截至到"), []byte("至"), []byte("到"), []byte("自"), []byte("从")}
	proseDateAfter  = [][]byte{[]byte("起"), []byte("以来"), []byte("开始"), []byte("以前"), []byte("以后"), []byte("前"), []byte("后"), []byte("至"), []byte("到"), []byte("止"), []byte("期间")}
)

// firstCNDate is the first date written in words in h that may be the
// page's own (not one of prose: see proseDateBefore), when it is written to
// the day; ok is false when the first such date has no day or there is
// none, as findDate reads a date in words only to the day.
func firstCNDate(h []byte) (Date, bool) {
	for _, m := range cnDate.FindAllSubmatchIndex(h, -1) {
		if proseDate(h[:m[0]], h[m[1]:]) {
			continue
		}
		if m[6] < 0 {
			return Date{}, false
		}
		return dateFromParts(string(h[m[2]:m[3]]), string(h[m[4]:m[5]]), string(h[m[6]:m[7]])), true
	}
	return Date{}, false
}

// proseDate reports whether a date between before and after is a time a
// sentence speaks of: after a word that bounds a span (截至, 自) or before
// one (起, 以来, 前).
func proseDate(before, after []byte) bool {
	before = bytes.TrimRight(before, " \u3000")
	for _, w := range proseDateBefore {
		if bytes.HasSuffix(before, w) {
			return true
		}
	}
	after = bytes.TrimLeft(after, " ")
	for _, w := range proseDateAfter {
		if bytes.HasPrefix(after, w) {
			return true
		}
	}
	return false
}
