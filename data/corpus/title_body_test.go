package corpus

import "testing"

// A title comes before the body: an analysis that opens with its prose
// has no title, and its first section heading is not one; a news headline
// ending in exclamation marks is a title.
func TestFindTitleStopsAtTheBody(t *testing.T) {
	cases := []struct{ text, title string }{
		{"2025年,在市委、市政府的科学决策与坚强领导下,我们以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届历次全会精神,坚决落实市委、市政府经济工作会议部署要求,凝心聚力、攻坚克难。\n\n一、完成情况\n\n一季度,全市地区生产总值完成48.6亿元,同比增长5.8%。", ""},
		{"要是李达康在福州他会笑开花!福州GDP领跑全国省会城市!!!\n\n最新出炉的统计数据显示,今年1—4月,全市GDP达1641.08亿元,同比增长9.0%。", "要是李达康在福州他会笑开花!福州GDP领跑全国省会城市!!!"},
	}
	for _, c := range cases {
		if got := Parse("a.txt", []byte(c.text)).Title; got != c.title {
			t.Errorf("title %q, want %q", got, c.title)
		}
	}
}
