package figure

import "testing"

// A list judged to grow by two digits, then 分别增长: the numbers are the
// listed industries' (a 2025 city half-year analysis).
func TestJudgedTwoDigitGrowth(t *testing.T) {
	text := "9大重点行业“6增3降”,炼焦、非金属矿制品、机械、化学行业实现两位数增长,分别增长31.7%、22.5%、13%、12.3%。"
	checkFields(t, []fieldCase{
		{text: text, fig: "31.7%", name: "炼焦行业", kind: Growth},
		{text: text, fig: "22.5%", name: "非金属矿制品行业", kind: Growth},
		{text: text, fig: "13%", name: "机械行业", kind: Growth},
		{text: text, fig: "12.3%", name: "化学行业", kind: Growth},
	})
}
