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

// TestPeriodsByReference: 当月, 当季 and 累计 name a period by the one
// written before them; quarter ends and single months are periods of their
// own.
func TestPeriodsByReference(t *testing.T) {
	const nantong = "今年前8个月我市工业经济总体运行平稳\n来源: 运行处 发布时间:2019-09-25 11:21\n" +
		"1-8月,全市规模工业增加值、产值同比分别增长7.3%和10.2%,较一季度分别提升6.8和11.6个百分点,规模工业增加值8月当月增长8.9%,当月增幅列全省第三,累计增幅位次较一季度前移6位至全省并列第六。\n"
	const panshan = "盘山县2023年政府工作报告\n一、2022年工作回顾\n" +
		"预计全年:地区生产总值实现165亿元,同比下降12%。我们的发展态势得到明显改善,特别是第四季度各项指标持续好转,部分重要指标当季同比实现正增长。地区生产总值方面,降幅较年初收窄24个百分点,当季同比增长15.4个百分点。\n"
	const sanming = "上半年全市经济运行情况\n上半年,全市猪牛羊禽肉产量4.8万吨,同比增长17.3%。二季度末,生猪存栏71.5万头,同比增长9.4%。\n" +
		"6月份,全市规模以上工业增加值同比增长9.1%,两年平均增长7.0%。\n上半年,全市规模以上工业增加值同比增长15.7%。\n"
	checkYears(t, []yearCase{
		{nantong, "7.3%", 2019, "M1-M8"},
		{nantong, "8.9%", 2019, "M8"},
		{nantong, "第三", 2019, "M8"},
		{nantong, "第六", 2019, "M1-M8"},
		{panshan, "24个百分点", 2022, ""},
		{panshan, "15.4个百分点", 2022, "Q4"},
		{sanming, "71.5万头", 0, "M6E"},
		{sanming, "9.1%", 0, "M6"},
		{sanming, "15.7%", 0, "H1"},
	})
}

// TestYearOfADatedPeriod: a news item dated in April is taken to review the
// year before, but what it says of a part of the year is of its own year.
func TestYearOfADatedPeriod(t *testing.T) {
	const news = "全市经济运行开局良好\n发布时间：2023/04/21 10:20\n据统计，全市经济运行开局良好。一季度，全市地区生产总值增长5.1%。\n"
	checkYears(t, []yearCase{
		{news, "5.1%", 2023, "Q1"},
		{"全县经济稳中向好\n发布时间：2023-03-02\n全县地区生产总值增长5%。\n", "5%", 2022, ""},
	})
}

// TestYearsOfASpeechInTheNews: news of a work report that prints no date
// still says which year it plans; its 今年 targets are that year's.
func TestYearsOfASpeechInTheNews(t *testing.T) {
	const gz = "广州市十五届人大三次会议上午开幕,温国辉作《政府工作报告》\n今年GDP预期增长7.5%左右\n" +
		"羊城晚报讯 记者罗仕报道:今天上午,广州市第十五届人民代表大会第三次会议在白云国际会议中心开幕。\n" +
		"报告首先回顾了2017年工作。温国辉介绍,2017年, 广州市经济社会发展稳中向好。预计全年地区生产总值2.15万亿元,比上年增长7%以上。\n" +
		"对于2018年工作,温国辉表示,今年政府工作要坚持稳中求进工作总基调, 坚持新发展理念,坚持高质量发展根本要求。以供给侧结构性改革为主线, 持续推进枢纽型网络城市建设, 更加注重经济发展质量, 更加注重城乡发展质量,更加注重人民美好生活质量, 充分发挥国家重要中心城市引领和辐射带动作用,努力在决胜全面建成小康社会、加快建设社会主义现代化新征程上走在前列。\n" +
		"温国辉表示,今年经济社会发展主要预期目标是: 地区生产总值增长7.5%左右, 固定资产投资增长11%左右。\n"
	checkYears(t, []yearCase{
		{gz, "2.15万亿元", 2017, ""},
		{gz, "11%", 2018, ""},
	})
}

// TestPeriodOfAYearPlan: a plan measured against is the base of a part of
// the year; a plan named on its own is the whole year's.
func TestPeriodOfAYearPlan(t *testing.T) {
	const minhou = "重点项目建设进展\n2023年县级重点项目共530项,总投资2944.74亿元,年度计划投资561.86亿元,1-6月累计完成投资362.32亿元,占年计划投资的64.49%。\n"
	const lintan = "本报临潭讯 今年1-8月,全县固定资产投资累计完成11.68亿元,同比增长48.25%,完成年度计划的71%。\n"
	checkYears(t, []yearCase{
		{minhou, "561.86亿元", 2023, ""},
		{minhou, "362.32亿元", 2023, "H1"},
		{lintan, "71%", 0, "M1-M8"},
	})
}

// TestPeriodOfAHeading: a period written in a heading holds for the
// section below it; a later heading with a year and no period ends it.
func TestPeriodOfAHeading(t *testing.T) {
	const filler = "全县上下深入贯彻落实党的二十大精神,坚持稳中求进工作总基调,完整、准确、全面贯彻新发展理念,加快构建新发展格局,着力推动高质量发展,更好统筹疫情防控和经济社会发展,更好统筹发展和安全,全面深化改革开放,大力提振市场信心。\n"
	const text = "某县发展和改革局工作总结\n一、2022年主要经济指标完成情况\n全县地区生产总值完成125.6亿元,同比增长4.5%。\n" +
		"二、2023年1-6月经济运行情况\n" + filler + "地区生产总值完成66.2亿元,同比增长5.2%;规模以上工业增加值增长7.1%。\n" +
		"三、2023年工作目标\n地区生产总值增长6%左右,固定资产投资增长10%。\n"
	checkYears(t, []yearCase{
		{text, "125.6亿元", 2022, ""},
		{text, "66.2亿元", 2023, "H1"},
		{text, "10%", 2023, ""},
	})
}
