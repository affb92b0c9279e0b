package figure

import "testing"

// TestScopesClassesIdioms: the scope a comparison is read across (从6个旗县
// 市增速看), the size classes of projects (5000万以上项目, 500—5000万项目),
// a list of thresholds (30亿元以上、50亿元以上以及百亿元) and 一降一升 are
// no figures; the counts and rates beside them stay (兴安盟 n05, 金坛 n04).
func TestScopesClassesIdioms(t *testing.T) {
	cases := []notFigureCase{
		{"从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%。", []string{"6个"}, []string{"193.5%", "37.6%"}},
		{"今年1-2月份,全盟投资项目开工早、动作快,共有15个5000万以上项目和14个500—5000万项目开复工。", []string{"500", "5000万项"}, []string{"15个", "14个"}},
		{"3年来连续实现30亿元以上、50亿元以上以及百亿元龙头型重大项目的引进,累计引进外资项目12个。", []string{"30亿元", "50亿元", "百亿元"}, []string{"12个"}},
		{"四、县域财政收支一降一升\n1-2月份,全盟县域公共财政预算收入完成7.54亿元,同比下降27.7%。", []string{"一升"}, []string{"7.54亿元", "27.7%"}},
	}
	checkNotFigures(t, cases)
}
