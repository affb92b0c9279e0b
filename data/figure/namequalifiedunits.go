package figure

import "strings"

// Counts of units that meet a condition: 13个行业增长速度超过全区水平, 14个
// 市县一般预算收入过亿元. Read straight, the words after the number give the
// unit first and what it did after (行业增加值保持两位数增长); a statistician
// labels the column by the condition, then the unit: 增加值保持两位数增长的
// 行业, 一般预算收入过亿元的市县.

// conditionedUnits are the units such counts count, longest first.
var conditionedUnits = byLength([]string{"行业", "工业行业", "县市", "市县", "县市区", "县区", "乡镇", "企业"})

// conditionVerbs make the words after the unit a condition it meets.
var conditionVerbs = []string{"超过", "高于", "低于", "快于", "过亿", "保持", "实现", "正增长"}

// qualifiedUnits: a count named 行业增加值保持两位数增长 is named
// 增加值保持两位数增长的行业.
func (c *naming) qualifiedUnits() bool {
	if c.f.Kind != Count {
		return false
	}
	if !unitWithCondition(c.n) {
		return false
	}
	rest, unit := trimPrefixes(c.n, conditionedUnits)
	if hasSuffixAny(rest, conditionVerbs) {
		return false // 增幅超过10%: the threshold is a number of its own, the words left say no condition
	}
	c.n = rest + "的" + unit
	return true
}

// unitWithCondition: n opens on a unit and says a condition it meets
// (市县一般预算收入过亿元).
func unitWithCondition(n string) bool {
	rest, unit := trimPrefixes(n, conditionedUnits)
	return unit != "" && runeLen(rest) >= 4 && containsAny(rest, conditionVerbs) && !strings.HasPrefix(rest, "的")
}
