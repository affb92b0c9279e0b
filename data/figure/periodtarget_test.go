package figure

import "testing"

// A value right before 的预期目标 is the year's target, quoted in a release
// of the half year: no period (国家统计局, 2021年上半年, as news).
func TestTargetValueIsTheYears(t *testing.T) {
	const news = "上半年国民经济持续稳定恢复\n民生保障持续改善。上半年,全国城镇调查失业率平均为5.2%,低于5.5%左右的预期目标;居民消费价格同比上涨0.5%,处于比较低的涨幅水平。\n"
	checkYears(t, []yearCase{
		{news, "5.2%", 0, "H1"},
		{news, "5.5%", 0, ""},
		{news, "0.5%", 0, "H1"},
	})
}

// A release of a quarter that quotes the year's target (今年全市地区生产总值
// 预期增长6%左右) gives no figure of the quarter; a share of the target met
// is the quarter's.
func TestQuotedYearTarget(t *testing.T) {
	const release = "一季度全市经济实现良好开局\n\n今年一季度，全市地区生产总值完成520.3亿元，同比增长6.3%。\n\n今年全市地区生产总值预期增长6%左右，规上工业增加值力争增长8%。\n\n全市固定资产投资同比增长10.2%，完成年度目标任务的26.5%。\n"
	checkYears(t, []yearCase{
		{release, "520.3亿元", 0, "Q1"},
		{release, "6%", 0, ""},
		{release, "8%", 0, ""},
		{release, "10.2%", 0, "Q1"},
	})
}
