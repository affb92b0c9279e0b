package corpus

import (
	"bytes"
	"regexp"
	"unicode/utf8"
)

// labelledDate is a page's date printed with its label: 发布时间:2023-09-20
// 10:11, 发布日期：2023年09月20日, 时间:2023-07-27 17:34. A bare 时间 or
// 日期 counts only opening a line or a field (报名日期：… in a notice's body
// is no page date); the day must be there.
var labelledDate = regexp.MustCompile(`(?m)(?:(?:^|[\s|｜])(?:时间|日期)|(?:发布|发表|更新|发稿|发文|成文)(?:时间|日期))\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)

// labelledDigitsDate is a labelled page date written as eight digits, as
// some sites' templates print it: 发布时间:20230920.
var labelledDigitsDate = regexp.MustCompile(`(?m)(?:(?:^|[\s|｜])(?:时间|日期)|(?:发布|发表|更新|发稿|发文|成文)(?:时间|日期))\s*[:：]\s*((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)

// labelledPageDate is the first labelled page date anywhere in raw. A
// site's menu printed one item a line pushes the 发布时间 line below the
// header lines, and news pages print it at their foot (来源:…融媒体中心
// 发布时间:2023-09-20): the label says it dates the page wherever it
// stands, and a statistician reads the year of 1至8月 figures from it when
// the text gives none.
func labelledPageDate(raw []byte) (Date, bool) {
	// only the lines whose 时间 or 日期 a colon follows are read: the
	// regexp over a whole long text was a pass as slow as a tenth of Parse
	best, at := Date{}, len(raw)
	for _, label := range [][]byte{[]byte("时间"), []byte("日期")} {
		for from := 0; from < at; {
			k := bytes.Index(raw[from:], label)
			if k < 0 || from+k >= at {
				break
			}
			k += from
			from = k + len(label)
			if after := bytes.TrimLeft(raw[from:min(len(raw), from+8)], " \t"); !bytes.HasPrefix(after, []byte(":")) && !bytes.HasPrefix(after, []byte("：")) {
				continue
			}
			if d, ok := labelledDateAt(raw, k); ok {
				best, at = d, k // the first in the text, whichever its label
				break
			}
		}
	}
	return best, at < len(raw)
}

// labelledDateAt reads labelledDate on the line holding the label at k:
// from the line's start, or from a few runes before the label when the
// line is long (then only a prefixed label, 发布时间, can match).
func labelledDateAt(raw []byte, k int) (Date, bool) {
	start := bytes.LastIndexByte(raw[:k], '\n') + 1
	if k-start > 60 {
		start = k - 12
		for start < k && !utf8.RuneStart(raw[start]) {
			start++
		}
	}
	m := labelledDate.FindSubmatch(raw[start:min(len(raw), k+60)])
	if m == nil {
		m = labelledDigitsDate.FindSubmatch(raw[start:min(len(raw), k+60)])
	}
	if m == nil {
		return Date{}, false
	}
	if d := dateFromParts(string(m[1]), string(m[2]), string(m[3])); d.Month != 0 && d.Day != 0 {
		return d, true
	}
	return Date{}, false
}

// footerLines is how many of a text's last lines may hold the date a news
// page prints below its item (沈丘县融媒体中心 2023-09-20 under 编辑、审核).
const footerLines = 4

// footerPageDate is a full date (day included) on one of the last short
// lines of raw: a page's date printed at its foot rather than its head.
// Long lines are the item's own prose, whose dates are of the events told.
func footerPageDate(raw []byte) (Date, bool) {
	end := len(raw)
	for n := 0; n < footerLines && end > 0; {
		start := bytes.LastIndexByte(raw[:end], '\n') + 1
		line := bytes.TrimSpace(raw[start:end])
		if end = max(0, start-1); len(line) == 0 {
			continue
		}
		n++
		if len(line) > 4*frontLine || utf8.RuneCount(line) > frontLine { // no rune is over 4 bytes: a long line is not counted
			continue
		}
		if d, ok := firstPageDate(line); ok && d.Day != 0 {
			return d, true
		}
	}
	return Date{}, false
}
