package gazetteer

import "testing"

// A name not read alone because it is an ordinary word too (九龙, 东方,
// 天河) is read listed right beside a sibling read on its own, before or
// after it: 丹巴、九龙、雅江 are 甘孜's counties. Two such names listed
// together (城东、城西, 向阳、前进) stay unread, and so does a name beside
// a place of another parent.
func TestListedStoppedNames(t *testing.T) {
	g := gaz(t)
	checkResolves(t, g, []resolveCase{
		{"康定、泸定、丹巴、九龙、雅江地区生产总值分别增长1.1%、2.2%、3.3%、4.4%和5.5%。", "九龙", "513324"},
		{"九龙、雅江地区生产总值分别增长4.4%和5.5%。", "九龙", "513324"},
		{"海口、三亚、儋州、东方、五指山分别增长1%、2%、3%、4%、5%。", "东方", "469007"},
		{"天河、海珠、越秀三区分别增长1%、2%、3%。", "天河", "440106"},
	})
	checkUnread(t, g, []unreadCase{
		{"城东、城西片区改造投入5亿元。", "城东"},
		{"向阳、前进、东风三区分别增长1%、2%、3%。", "向阳"},
		{"九龙壁、九龙湖景区接待游客增长20%。", "九龙"},
		{"成都、九龙两地合作项目5个。", "九龙"},
	})
}
