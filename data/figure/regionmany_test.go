package figure

import "testing"

// A report naming twenty counties has no one subject: 全县 after such a
// list is left unknown rather than given to the first or the last county
// named, while a figure whose own clause names its county keeps it
// (issue 11: "a report naming twenty counties gives an empty or partial
// answer, never a wrong one with confidence").
func TestRegionTwentyCountiesNamed(t *testing.T) {
	text := "全省县域经济运行情况\n\n今年前三季度,临颍县、舞阳县、郏县、宝丰县、鲁山县、叶县、汝州市、舞钢市、襄城县、禹州市、长葛市、鄢陵县、尉氏县、杞县、通许县、兰考县、民权县、宁陵县、柘城县、虞城县等二十个县(市)地区生产总值均实现增长。\n全县规模以上工业增加值增长6.2%,固定资产投资增长8.1%。\n其中,叶县地区生产总值增长7.5%,居全市第2位。\n"
	checkRegions(t, []regionCase{
		{"twenty counties", text, [][2]string{{"6.2%", ""}, {"8.1%", ""}, {"7.5%", "叶县"}, {"第2位", "叶县"}}},
	})
}

// A county the national table lacks (星河县 is no county) is not given to
// any county that is: its 全县 stays unknown.
func TestRegionCountyTheTableLacks(t *testing.T) {
	text := "星河县2023年国民经济和社会发展统计公报\n\n2023年,全县地区生产总值实现125.3亿元,比上年增长5.1%。全县一般公共预算收入8.2亿元。\n"
	checkRegions(t, []regionCase{
		{"no such county", text, [][2]string{{"125.3亿元", ""}, {"5.1%", ""}, {"8.2亿元", ""}}},
	})
}

// A park the table lacks, built or signed as a project (纺织产业园顺利落地),
// is the county's project: the figures after it stay the county's.
func TestRegionParkBuiltAsProject(t *testing.T) {
	text := "2023年全县经济运行情况\n\n2023年,巧家县工业经济稳步发展。智能装备制造项目、纺织产业园顺利落地,新开工工业项目12个,完成工业投资18.5亿元、增长22%。\n"
	checkRegions(t, []regionCase{
		{"park built", text, [][2]string{{"12个", "巧家县"}, {"18.5亿元", "巧家县"}, {"22%", "巧家县"}}},
	})
}

// 城东区 written alone in a county's report is the east of its town (西宁
// has a district so named, but the report is not about it).
func TestRegionEastOfTownIsNoDistrict(t *testing.T) {
	text := "2022年武功县国民经济和社会发展统计公报\n\n2022年,城乡面貌持续改善。城东区棚户区改造安置小区配套学校建成投用,新建幼儿园5所,学前教育毛入园率达到92%。\n"
	checkRegions(t, []regionCase{
		{"east of town", text, [][2]string{{"5所", "武功县"}, {"92%", "武功县"}}},
	})
}

// A photo caption names what it shows before its credit (蓬勃发展的綦江
// 记者 王五 摄): the place is the report's subject, though the line holds
// 记者; the credit's own line (本报讯(记者 …)) names none.
func TestRegionPlaceInPhotoCaption(t *testing.T) {
	text := "前三季度全区经济稳中向好\n\n日新月异的綦江 记者 王五 摄\n\n本报讯(记者 赵六)前三季度,全区实现地区生产总值512.3亿元,同比增长6.1%。\n"
	checkRegions(t, []regionCase{
		{"caption", text, [][2]string{{"512.3亿元", "綦江区"}, {"6.1%", "綦江区"}}},
	})
}
