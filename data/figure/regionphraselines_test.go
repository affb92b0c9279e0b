package figure

import "testing"

// News written one phrase a line (现代快报, 惊艳了!中国“一县”): a place that
// opens a line, or ends one after 的, heads what the next lines say.
func TestRegionPhraseLines(t *testing.T) {
	checkRegions(t, []regionCase{{"宝藏县", "惊艳了!中国“一县”\n\n如果说霍城县的美是浪漫\n那内蒙古阿尔山的美则是纯净\n作为县级市\n阿尔山市的森林覆盖率高达86%\n蓝天白云与青山绿水相映成趣\n\n“宝藏”二:活力 蓬勃生机\n\n在福建东山岛\n帆船教练每天都带着学员\n去年东山岛所在的东山县\n港口年吞吐量约250万吨\n海洋经济总产值约265亿元\n而在湖北的县级市恩施\n去年恩施市电商交易额约36亿元\n", [][2]string{
		{"86%", "阿尔山市"}, {"250万吨", "东山县"}, {"265亿元", "东山县"}, {"36亿元", "恩施市"},
	}}})
}
