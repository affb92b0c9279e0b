package figure

import "testing"

// A reserve of projects is a stock with no period of its own; the quarter
// of the news around it does not date it, nor its 其中 parts.
func TestReserveOfProjectsHasNoPeriod(t *testing.T) {
	text := "银川一季度经济\n今年一季度,银川市生产总值624.66亿元,同比增长8.6%。\n在固定资产投资方面,银川市持续扩大有效投资,不断优化营商化境,坚持大招商、招大商,全市共储备项目1022个,总投资3707亿元。其中,社会项目投资占比达81%,“三新”产业占比达65%。\n"
	wulong := "我区实现招商引资“开门红”\n本网讯 (记者 张再行)3月13日,记者从区招商中心获悉,1至3月,我区实现春季集中签约文旅、工业、商贸等产业项目9个,协议引资67.7亿元。\n与此同时,我区还围绕文旅、工业、商贸、城建产业,策划储备了45个项目,其中,上亿元项目20个。\n"
	checkPeriods(t, []periodCase{
		{text, "624.66亿元", 0, "Q1"},
		{text, "1022个", 0, ""},
		{text, "3707亿元", 0, ""},
		{text, "81%", 0, ""},
		{wulong, "9个", 0, "Q1"},
		{wulong, "45个", 0, ""},
		{wulong, "20个", 0, ""},
	})
}
