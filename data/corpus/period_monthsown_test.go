package corpus

import "testing"

// A monthly release that gives the month's own figure first, marked 当月,
// and then the year to date is a release of the year to date: its later
// paragraphs with no period written are of 1-2月, not of February alone.
func TestMonthsToDateAfterMonthsOwnFigure(t *testing.T) {
	text := "今年以来,全区上下坚持稳中求进工作总基调,全区经济实现平稳起步。\n" +
		"(一)工业经济持续承压。2月份,全区规模以上工业企业当月产值同比下降12.6%;1-2月,规上工业累计产值同比下降9.7%。\n" +
		"全区房地产投资同比增长22.3%。\n"
	if a := Parse("t.txt", []byte(text)); a.Period != "M1-M2" {
		t.Errorf("period %q, want M1-M2", a.Period)
	}
	// without 当月 the month's figure first keeps the month
	text = "今年以来,全市经济稳中有进。\n8月份,全市居民消费价格同比上涨0.6%;1-8月,全市居民消费价格同比上涨0.3%。\n"
	if a := Parse("t.txt", []byte(text)); a.Period != "M8" {
		t.Errorf("period %q, want M8", a.Period)
	}
}

// A monthly release titled with its month whose lead opens with the year
// to date (一季度) is a release of the year to date.
func TestTitleMonthLeadYearToDate(t *testing.T) {
	text := "叶集区2024年3月经济运行情况\n一季度,全区上下认真贯彻落实党中央决策部署和省市工作要求,经济运行总体平稳。\n初步核算,全区实现地区生产总值22.2亿元,按不变价计算增长5.6%。\n"
	if a := Parse("t.txt", []byte(text)); a.Period != "Q1" {
		t.Errorf("period %q, want Q1", a.Period)
	}
	long := "叶集区2024年3月经济运行情况\n一季度,全区上下认真贯彻落实党中央决策部署和省市工作要求,经济运行总体平稳。\n初步核算,全区实现地区生产总值22.2亿元,按不变价计算增长5.6%。\n(二)工业生产稳中有升。全区实现规模工业增加值同比增长6%,高于1-2月份3.6个百分点居全市第5位。\n(三)固定资产投资增长加快。全区固定资产投资同比增长13%,高于1-2月份12.1个百分点。\n"
	if a := Parse("t.txt", []byte(long)); a.Period != "Q1" {
		t.Errorf("period %q, want Q1 (title read as a heading)", a.Period)
	}
	text = "全市2024年8月居民消费价格情况\n8月份,全市居民消费价格同比上涨0.6%;1-8月,全市居民消费价格同比上涨0.3%。\n"
	if a := Parse("t.txt", []byte(text)); a.Period != "M8" {
		t.Errorf("period %q, want M8", a.Period)
	}
}
