package figure

import "testing"

// News written one phrase a line (现代快报, 惊艳了!中国“一县”): a place that
// opens a line, or ends one after 的, heads what the next lines say.
func TestRegionPhraseLines(t *testing.T) {
	checkRegions(t, []regionCase{{"宝藏县", "惊艳了!中国“一县”\n\n如果说霍城县的美是浪漫\n那内蒙古阿尔山的美则是纯净\n作为县级市\n阿尔山市的森林覆盖率高达86%\n蓝天白云与青山绿水相映成趣\n\n“宝藏”二:活力 蓬勃生机\n\n在福建东山岛\n帆船教练每天都带着学员\n去年东山岛所在的东山县\n港口年吞吐量约250万吨\n海洋经济总产值约265亿元\n而在湖北的县级市恩施\n去年恩施市电商交易额约36亿元\n", [][2]string{
		{"86%", "阿尔山市"}, {"250万吨", "东山县"}, {"265亿元", "东山县"}, {"36亿元", "恩施市"},
	}}})
}

// A place given as an example (比如福建晋江,…) is the subject of the
// figures after it, not the county the piece names most.
func TestRegionExampleOwner(t *testing.T) {
	checkRegions(t, []regionCase{{"一县", "主播说联播丨“一县”,新一线!\n\n小县城,有大能量。举几个例子,比如福建晋江,去年GDP达到2900多亿元,上市企业就有50家。新疆伊犁霍城县,是世界第三大薰衣草种植基地。\n\n还记得去年火遍全国的“宝藏县”山东曹县吗?小小的曹县,承包了全国七成的演出服。", [][2]string{
		{"2900多亿元", "晋江市"}, {"50家", "晋江市"}, {"七成", "曹县"},
	}}})
}
