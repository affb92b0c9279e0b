package figure

import "testing"

// A bare month's end in a release of the months to it dates the stocks of
// its sentence; the flows of the next sentence are the release's months.
func TestMonthEndAsideEndsWithItsSentence(t *testing.T) {
	text := "一季度全省经济运行情况\n一季度,全省固定资产投资比上年同期增长13.8%。全省城镇新增就业1.5万人,同比增长0.4%;3月末城镇登记失业率为1.5%,同比下降0.7个百分点。且财政收入、企业利润大幅增长,居民收入稳步增加,全省一般公共预算收入同比增长26.7%,其中地方一般公共预算收入增长20.1%,全体居民人均可支配收入同比增长5.5%。\n"
	checkPeriods(t, []periodCase{
		{text, "1.5%", 0, "M3E"},
		{text, "0.7个百分点", 0, "M3E"},
		{text, "26.7%", 0, "Q1"},
		{text, "20.1%", 0, "Q1"},
		{text, "5.5%", 0, "Q1"},
		// 截至9月末 dates what follows up to the next period written
		{"前三季度全县经济运行情况\n前三季度,全县地区生产总值增长5.1%。截止9月末,生猪出栏下降4.6%,羊出栏下降8.8%。肉类总产量增长0.03%。\n", "0.03%", 0, "M9E"},
		// a balance, or a part opened by 其中, is still of the month's end
		{"1-8月全市经济运行分析\n1-8月,全市规上工业增加值增长6.2%。8月末,全市金融机构各项存款余额1560.2亿元,增长9.1%。其中,储蓄存款余额168.9亿元,增长13.0%。各项贷款余额214.5亿元,增长14.7%。\n", "214.5亿元", 0, "M8E"},
		{"1-8月全市经济运行分析\n1-8月,全市规上工业增加值增长6.2%。8月末,全市金融机构各项存款余额1560.2亿元,增长9.1%。其中,储蓄存款余额168.9亿元,增长13.0%。各项贷款余额214.5亿元,增长14.7%。\n", "168.9亿元", 0, "M8E"},
	})
}

// 上半年末 is the end of the half (M6E), though it holds 年末: the stock then
// is no year-end's.
func TestHalfYearEnd(t *testing.T) {
	const release = "全区上半年经济运行情况\n\n上半年，全区地区生产总值完成86.3亿元，同比增长5.9%。\n\n上半年末，全区金融机构各项贷款余额312.6亿元，同比增长9.8%。一季度末贷款余额为298.1亿元。\n"
	checkYears(t, []yearCase{
		{release, "312.6亿元", 0, "M6E"},
		{release, "9.8%", 0, "M6E"},
		{release, "298.1亿元", 0, "M3E"},
	})
}
