package figure

import "testing"

// A national survey of the provinces (央视网, 31省份“一季报”) names 江苏 most
// but is about none: counts of provinces stay unowned, each province owns
// what its name heads (吉林增速达到6.5%), and 中国GDP is the nation's.
func TestRegionProvinceSurvey(t *testing.T) {
	text := "31省份“一季报”陆续出炉 经济大省持续发挥“挑大梁”带动作用\n\n" +
		"央视网消息:近期,全国31个省份2024年经济“一季报”陆续出炉。经济总量方面,广东、江苏超过“3万亿元”;增速方面,16个省份高于“全国线”,吉林增速达到6.5%,排名第一。\n\n" +
		"2024年一季度,广东、江苏、山东GDP总量继续位居前三,广东和江苏携手跻身“3万亿+”,一季度GDP分别交出31511亿元和31020亿元的成绩单。一季度GDP超过1万亿元的省份有13个,分别是广东、江苏、山东、浙江、河南、四川、湖北、福建、湖南、安徽、上海、北京、河北。\n\n" +
		"国家统计局数据显示,一季度,中国GDP按不变价格计算,同比增长5.3%。共有16个省份GDP增速高于“全国线”,分别是吉林、江苏、重庆、浙江、湖北、四川、北京、山东、内蒙古、甘肃、福建、宁夏、河北、新疆、贵州、辽宁,天津与全国增速持平。其中,吉林以6.5%的增速领跑,江苏和重庆以6.2%的增速并列第二。\n\n" +
		"业内人士指出,一季度,各地经济增速延续恢复态势,尤其是江苏、山东、浙江等经济大省发挥了“挑大梁”的作用。"
	checkRegions(t, []regionCase{{"31省份", text, [][2]string{
		{"6.5%", "吉林省"}, {"31511亿元", "广东省"}, {"31020亿元", "江苏省"}, {"13个", "全国"},
		{"5.3%", "全国"}, {"16个", "全国"}, {"6.5%", "吉林省"}, {"6.2%", ""},
	}}})
}

// A count of provinces is not one province's, whoever the clause before
// was about (海南增速提高8.7个百分点;10个省份增速回落).
func TestRegionPeerCount(t *testing.T) {
	checkRegions(t, []regionCase{{"东部地区", "前三季度东部地区工业生产情况\n\n前三季度,东部地区11个省份工业生产同比均增长,增速较快的海南、福建分别增长14.6%和12.1%。与去年同期相比,海南增速提高8.7个百分点;10个省份增速回落,河北、辽宁分别回落6.1和3个百分点。", [][2]string{
		{"11个", ""}, {"14.6%", "海南省"}, {"12.1%", "福建省"}, {"8.7个百分点", "海南省"}, {"10个", ""}, {"6.1", "河北省"},
	}}})
}

// A count of the county's peers after 全省 is the province's (e03).
func TestRegionPeerCountScope(t *testing.T) {
	checkRegions(t, []regionCase{{"海丰", "海丰县委全会报告\n\n过去的一年,海丰县着力在“提升综合经济实力、促进区域协调发展”等六个方面下功夫,县域经济综合发展力首次挺进全省67个建制县(市)第10名。", [][2]string{
		{"67个", "广东省"},
	}}})
}

// A count of zones is not the zone the clause before was about (云南日报:
// 20个开发区…；39个开发区工业固定资产投资同比增速超过20%).
func TestRegionZoneCount(t *testing.T) {
	checkRegions(t, []regionCase{{"开发区", "我省开发区规模质量实现双提升\n\n本报讯 今年以来,我省大力实施开发区振兴三年行动,1月至6月,全省89个开发区规模以上工业增加值同比增长9.7%,高于全省4.7个百分点。其中,20个开发区规上工业增加值同比增速超过20%;39个开发区工业固定资产投资同比增速超过20%。", [][2]string{
		{"39个", ""},
	}}})
}
