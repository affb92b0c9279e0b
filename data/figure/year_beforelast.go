package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// 前年 is the year before last, counted from when the text was written as
// 去年 is: a release of 2024 that says 前年，我县规上工业增加值下降2.1% means
// 2022. The two characters also end other words (目前年产5万吨, 提前年度), so
// 前年 is read as a year only where a clause opens with it or after a word
// that puts a time next (在, 于, 和, 比…: comparisons are dropped later).
var beforeLastLeads = "在于至和与及是为、比较"

// yearBeforeLastAt reports whether the 前 at byte w (not before lo) starts
// the word 前年.
func yearBeforeLastAt(s string, lo, w int) bool {
	if w <= lo {
		return true
	}
	r, _ := hanzi.DecodeLastRune(s[lo:w])
	return !hanzi.IsHan(r) || strings.ContainsRune(beforeLastLeads, r)
}
