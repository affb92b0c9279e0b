package figure

// ratioToBaseWords before a year make the figure after it (恢复到2019年的51%)
// a ratio of the figure's own year to that base year, not the base's
// value: 2021年国内旅游收入…恢复到2019年的51% is 2021's. 是 and 为 (是2020年
// 的1.5倍) are read the same way.
var ratioToBaseWords = []string{"恢复到", "恢复至", "恢复为", "相当于", "是", "为"}

// ratioToBase reports whether before, the text right before a year, ends
// with one of ratioToBaseWords.
func ratioToBase(before string) bool {
	return endsWithAny(before, ratioToBaseWords)
}

// spanOpeners before a year open a span from it: 自2016年, 从2019年.
var spanOpeners = []string{"自", "从"}

// baseBefore reports whether before, compacted text right before a year,
// makes the year a base: a comparison (较2020年), the start of a span
// (自2016年) or a ratio to it (恢复到2019年的51%).
func baseBefore(before string) bool {
	return hasSuffixAny(before, comparisonWords) || hasSuffixAny(before, spanOpeners) || ratioToBase(before)
}
