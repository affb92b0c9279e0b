package figure

import "testing"

// A breakdown by quarter after an indicator (商务部's news on poor
// counties' online retail, a city's GDP): the rates of the quarters are the
// indicator's, not 分季度看's, and 一至四季度 is a range of quarters.
func TestNamesTimeView(t *testing.T) {
	const retail = "2020年全国832个国家级贫困县网络零售总额3014.5亿元,同比增长26.0%。高峰介绍,分季度看,一至四季度同比分别增长5.0%、32.0%、34.5%、30.4%。"
	checkFields(t, []fieldCase{
		{text: retail, fig: "5.0%", name: "国家级贫困县网络零售总额"},
		{text: retail, fig: "30.4%", name: "国家级贫困县网络零售总额"},
		{text: "全年全市地区生产总值增长5.2%。分季度看,一季度增长4.5%,二季度增长5.1%。", fig: "4.5%", name: "地区生产总值"},
		{text: "2020年全国832个国家级贫困县网络零售总额3014.5亿元,同比增长26.0%。\n高峰介绍,分季度看,一至四季度同比分别增长5.0%、32.0%、34.5%、30.4%。", fig: "32.0%", name: "国家级贫困县网络零售总额"},
	})
}
