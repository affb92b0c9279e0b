package figure

import "strings"

// forecastWords in the clause of 全年 make it a forecast of the year (全年
// 有可能达到700亿元, 全年预计增长6%): a guess at the whole year voiced
// inside a report of its first months.
var forecastWords = []string{"有可能", "可能", "预计", "有望", "可望", "将达", "力争"}

// wholeForecast reports whether the whole-year word before after opens a
// forecast whose sentence ends before the figure: 上半年GDP数据最高的是邵东
// 市,为326亿元,全年有可能达到700亿元,…;其次是隆回县,GDP119亿元 — the
// forecast is its own sentence's, and 119亿元 is the half's again. A
// figure in the forecast's own sentence (全年预计增长6%，其中工业增长8%) is
// the year's.
func wholeForecast(after string) bool {
	end := strings.IndexAny(after, "，,；;。")
	if end < 0 || !containsAny(after[:end], forecastWords) {
		return false
	}
	return strings.ContainsAny(after[end:], "；;。")
}
