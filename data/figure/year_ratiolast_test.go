package figure

import "testing"

// A ratio to the year before's value (是上年同期的1.1倍, 为上年同期的
// 110.5%) is the figure's own year's, as 是2020年的1.5倍 is: 上年 there is
// the base of the ratio, not the figure's year; counting it twice gave the
// year before last. The year before's own value (上年同期为91.2亿元, 由上年
// 的22.26%) stays the year before's.
func TestRatioToLastYear(t *testing.T) {
	const news = "沈丘县经济运行分析会召开\n发布时间:2023-09-20\n\n" +
		"1至8月,全县社会消费品零售总额完成98.6亿元,上年同期为91.2亿元;一般公共预算收入完成12.3亿元,是上年同期的1.1倍,税收收入为上年同期的110.5%。" +
		"税收占比由上年的22.26%提高到28.63%。\n"
	checkYears(t, []yearCase{
		{news, "98.6亿元", 2023, "M1-M8"},
		{news, "91.2亿元", 2022, "M1-M8"},
		{news, "1.1倍", 2023, "M1-M8"},
		{news, "110.5%", 2023, "M1-M8"},
		{news, "22.26%", 2022, "M1-M8"},
		{news, "28.63%", 2023, "M1-M8"},
	})
}
