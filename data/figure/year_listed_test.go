package figure

import "testing"

// A list of years before 分别 pairs its years with the values listed after
// it, as a run 2016年至2018年 does; a list of bases (比2021年、2022年分别) does
// not.
func TestListedYearsPairWithValues(t *testing.T) {
	const report = "某县2024年政府工作报告\n——2024年1月8日在县第十八届人民代表大会第三次会议上\n" +
		"过去五年,全县一般公共预算收入由5.1亿元增加到8.9亿元。2021年、2022年、2023年分别增长8.5%、4.1%和6.0%。全县粮食产量比2021年、2022年分别增长3.2%和1.5%。\n"
	checkYears(t, []yearCase{
		{report, "8.5%", 2021, ""},
		{report, "4.1%", 2022, ""},
		{report, "6.0%", 2023, ""},
		{report, "3.2%", 2023, ""},
		{report, "1.5%", 2023, ""},
	})
}
