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
