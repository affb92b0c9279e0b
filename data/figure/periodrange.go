package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// quarterRangeOpens are the first quarter and the word that opens a range
// of quarters whose first is written without its 季度 (一至四季度: the
// period found is only 四季度; 一至三季度 is found whole, as Q1-Q3).
var quarterRangeOpens = []string{"一至", "一到", "1至", "1-", "1－", "1—", "一—"}

// quarterRangeLast is the last quarter of a range written whole, by its code.
var quarterRangeLast = map[string]int{"Q2": 2, "Q3": 3, "Q4": 4, "Q1-Q3": 3}

// quarterRangeMembers is the quarters of a range of quarters, each its own,
// when a 分别 list follows it: 一至四季度同比分别增长5.0%、32.0%、34.5%、
// 30.4% gives Q1, Q2, Q3 and Q4 — a range read alone (一至三季度，全市GDP
// 增长5.6%) is the span, and the caller's count of values keeps it so.
// p is the text of the period and before the text before it; subject, the
// text between it and 分别, must hold no list of its own (一至三季度，工业、
// 投资分别增长…: the members are the subjects, not the quarters). nil when
// it is no such range.
func quarterRangeMembers(before, p, code, subject string) []string {
	n := quarterRangeLast[code]
	if n == 0 || strings.ContainsAny(subject, "、和及与，,；;") {
		return nil
	}
	if code != "Q1-Q3" && !hasAnySuffix(before, quarterRangeOpens) {
		return nil
	}
	if code == "Q1-Q3" && !hasAnyPrefix(p, quarterRangeOpens) {
		return nil // 前三季度 is the span only
	}
	codes := make([]string, 0, n)
	for q := 1; q <= n; q++ {
		codes = append(codes, "Q"+string(rune('0'+q)))
	}
	return codes
}

func hasAnySuffix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// rangeMembers is quarterRangeMembers for the period p of the text, the
// list's 分别 at to.
func (x *extractor) rangeMembers(p corpus.PeriodMention, from, to int) []string {
	lo := runeStart(x.s, max(from, p.Start-6))
	return quarterRangeMembers(x.s[lo:p.Start], x.s[p.Start:p.End], p.Code, compact(x.s[p.End:to]))
}
