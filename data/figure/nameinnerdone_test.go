package figure

import "testing"

// 完成/实现 between an industry and its indicator (雅安's 1-9月 news: 第一产业
// 完成投资25.1亿元; 秦安's 1-5月 brief: 限额以上餐饮业完成营业额) is no part of
// the label; what projects complete (重点项目完成投资) is a measure of its own.
func TestNamesWithoutInnerDone(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全市第一产业完成投资25.1亿元,增长55.5%;第三产业完成投资213.5亿元,增长67.9%。", fig: "213.5亿元", name: "第三产业投资"},
		{text: "限额以上餐饮业完成营业额1.2亿元,增长17.7%。", fig: "17.7%", name: "限额以上餐饮业营业额"},
		{text: "全年重点项目完成投资189.4亿元。", fig: "189.4亿元", name: "重点项目完成投资"},
	})
}
