package figure

import "testing"

// A range of quarters before a 分别 list gives each value its own quarter
// (商务部 news, 2021-01-28, on the 2020 online retail of poor counties);
// read alone, or before a list of subjects, the range stays the span.
func TestQuarterRangeMembers(t *testing.T) {
	const news = "新华社1月28日电 第三方大数据统计显示,2020年全国832个国家级贫困县网络零售总额3014.5亿元,同比增长26.0%。\n高峰在商务部当日举行的网上例行新闻发布会上介绍,分季度看,一至四季度同比分别增长 5.0%、32.0%、34.5%、30.4%。\n"
	const span = "2023年一至三季度，全市地区生产总值增长5.6%，规模以上工业增加值、固定资产投资分别增长6.1%、4.2%。\n"
	checkYears(t, []yearCase{
		{news, "5.0%", 2020, "Q1"},
		{news, "32.0%", 2020, "Q2"},
		{news, "34.5%", 2020, "Q3"},
		{news, "30.4%", 2020, "Q4"},
		{span, "5.6%", 2023, "Q1-Q3"},
		{span, "6.1%", 2023, "Q1-Q3"},
		{span, "4.2%", 2023, "Q1-Q3"},
	})
	if got := quarterRangeMembers("至", "一至三季度", "Q1-Q3", "全县地区生产总值"); len(got) != 3 {
		t.Errorf("一至三季度…分别: got %v, want Q1 Q2 Q3", got)
	}
	if got := quarterRangeMembers("", "前三季度", "Q1-Q3", "全县地区生产总值"); got != nil {
		t.Errorf("前三季度 is the span only: got %v", got)
	}
}
