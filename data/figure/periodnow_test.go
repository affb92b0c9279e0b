package figure

import "testing"

// 目前 in a release of cumulative months is the release's reference date:
// the stocks of its sentence stand at the end of the last month, while what
// was done over the months (完成投资, 投资增速) keeps the months.
func TestNowStockAtReleaseEnd(t *testing.T) {
	linwu := "1-11月,全县经济加快回升、各项指标逐月向好。\n二、投资保持稳定\n1-11月,全县固定资产投资同比增长9.0%,比上月提高0.4个百分点,排名全市第四。目前全县在库固定资产投资项目141个,其中5千万以上的67个,完成投资同比增长23.0%;5千万以下项目74个,5千万以下固定资产投资增速同比下降43.5%;房地产项目投资同比下降10.7%。\n"
	shangrao := "一至七月全市园区主营收入超1500亿元\n1-7月,全市工业园区实现工业增加值348亿元,同比增长7.6%。\n目前,全市工业园区累计开发面积96.12平方公里,全省第二,同比增长2.07%,全省第三;投产工业企业数1101户,比去年同期净增97户,净增户数全省第三;从业人员217520人,同比增长2.29%。\n"
	yangxian := "洋县经济运行稳中向好\n年终将近,该县认真总结分析当前的经济发展形势。目前,该县现代材料园区建设项目已累计完成投资45亿元。\n"
	checkPeriods(t, []periodCase{
		{linwu, "9.0%", 0, "M1-M11"},
		{linwu, "141个", 0, "M11E"},
		{linwu, "67个", 0, "M11E"},
		{linwu, "23.0%", 0, "M1-M11"},
		{linwu, "74个", 0, "M11E"},
		{linwu, "43.5%", 0, "M1-M11"},
		{linwu, "10.7%", 0, "M1-M11"},
		{shangrao, "348亿元", 0, "M1-M7"},
		{shangrao, "96.12平方公里", 0, "M7E"},
		{shangrao, "2.07%", 0, "M7E"},
		{shangrao, "1101户", 0, "M7E"},
		{shangrao, "217520人", 0, "M7E"},
		{shangrao, "2.29%", 0, "M7E"},
		// no months in the text: 目前 dates nothing
		{yangxian, "45亿元", 0, ""},
	})
}
