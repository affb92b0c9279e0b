package figure

import "testing"

// A share of the year's plan done is the months' own figure; the plan's
// value after 占年预算 stays the whole year's.
func TestPlanShareIsTheMonths(t *testing.T) {
	const county = "枞阳在线消息 1-11月,全县规模工业累计完成产值96.02亿元,同比增长23%,可比增长28%;占年度目标95%,超时序进度3个百分点。\n" +
		"1-5月,全县大口径财政收入完成21282万元,占年预算96540万元的22.04%。\n"
	checkYears(t, []yearCase{
		{county, "96.02亿元", 0, "M1-M11"},
		{county, "95%", 0, "M1-M11"},
		{county, "96540万元", 0, ""},
		{county, "22.04%", 0, "M1-M5"},
	})
}

// 年任务 names the year's plan as 年计划 does: its amount is the whole
// year's, the share done the quarter's (a county park's first quarter).
func TestYearTaskIsAPlan(t *testing.T) {
	const park = "园区经济稳步增长\n1—3月份,园区实现工业总产值17.78亿元,完成年任务75亿元的23.7%;实现税金6925万元,完成年任务3.5亿元的19.8%。\n"
	checkYears(t, []yearCase{
		{park, "17.78亿元", 0, "Q1"},
		{park, "75亿元", 0, ""},
		{park, "23.7%", 0, "Q1"},
		{park, "6925万元", 0, "Q1"},
	})
}
