package figure

import "testing"

// A paragraph that opens a breakdown of the total before it ((一)从产业看：)
// shares the total's period, though it writes none (a city's 1-8月 release
// whose lead speaks of 8月当月).
func TestBreakdownParagraphSharesTotalsPeriod(t *testing.T) {
	const city = "今年以来,在市委市政府的坚强领导下,全市上下坚持稳中求进工作总基调,主动作为、靠前服务,落实落细各项加力政策举措,8月当月部分指标呈现好转迹象。下一步,需继续锚定目标、加压奋进,推动全市经济加快回升向好。\n" +
		"二、投资增速小幅回升\n" +
		"1-8月份,全市完成固定资产投资256.6亿元,同比增长0.6%,比1-7月份提高0.2个百分点,居全省第9位,低于全省1.1个百分点,高于全国0.1个百分点,投资结构持续优化,项目支撑作用进一步增强。\n" +
		"(一)从产业看:第一产业完成投资21.8亿元,同比下降7.9%,降幅较1-7月收窄0.3个百分点;第二产业完成投资124.5亿元,增长2.0%,回落1.5个百分点;第三产业完成投资110.4亿元,增长0.7%。\n"
	checkYears(t, []yearCase{
		{city, "256.6亿元", 0, "M1-M8"},
		{city, "21.8亿元", 0, "M1-M8"},
		{city, "0.3个百分点", 0, "M1-M8"},
		{city, "110.4亿元", 0, "M1-M8"},
	})
	for _, s := range []string{"(一)从产业看:第一产业", "分行业看,", "1.按经济类型分:"} {
		if !opensView(s) {
			t.Errorf("%q opens a breakdown", s)
		}
	}
	if opensView("从严控制新增政府债务规模,防范化解风险") {
		t.Error("a long lead is no breakdown")
	}
}
