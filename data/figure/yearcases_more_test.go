package figure

import "testing"

// TestYearsPriceBase: a year written as the base of prices or exchange
// rates is not the figures' year.
func TestYearsPriceBase(t *testing.T) {
	const weishan = "巍山彝族回族自治县2021年国民经济和社会发展统计公报\n巍山彝族回族自治县统计局\n(2022年2月)\n一、综合\n" +
		"初步核算,2021年全县地区生产总值(GDP)完成1017805万元,按2020年不变价格计算比上年(以下简称同比)增长9.4%,其中:第一产业增加值343046万元,同比增长8.6%。\n"
	checkYears(t, []yearCase{
		{weishan, "9.4%", 2021, ""},
		{weishan, "343046万元", 2021, ""},
		{weishan + "三次产业结构由上年的35:21:44调整为34:24:42。非公有制经济增加值完成537966万元。\n", "537966万元", 2021, ""},
		{"汾西县2021年国民经济和社会发展统计公报\n综合\n人均地区生产总值27711元,按2021年平均汇率计算为4295美元。\n", "4295美元", 2021, ""},
	})
}
