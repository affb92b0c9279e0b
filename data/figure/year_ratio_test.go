package figure

import "testing"

// TestYearOfARatioToABase: a percentage of a base year's level (恢复到2019年
// 的51%) is the figure's own year's, while a base's own value (比2018年的
// 14户) stays the base's.
func TestYearOfARatioToABase(t *testing.T) {
	const tourism = "据文旅部数据,2021年国内旅游收入(旅游总消费)约为2.92万亿元,较2020年增加0.69万亿元,同比增长31%,恢复到2019年的51%;\n"
	checkYears(t, []yearCase{
		{tourism, "51%", 2021, ""},
		{tourism, "2.92万亿元", 2021, ""},
		{tourism, "31%", 2021, ""},
	})
}
