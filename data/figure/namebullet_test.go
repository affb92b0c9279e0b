package figure

import "testing"

// A digest of a work report lists its targets one to a bullet (长江日报
// 2025-01-17, 湖北 政府工作报告摘要): the lines are joined, but each name starts
// after its bullet, not in the item or heading before.
func TestNamesBulletItems(t *testing.T) {
	const digest = "■ 2025年经济社会发展的主要预期目标\n●城镇调查失业率5.5%左右,城镇新增就业70万人以上\n●居民消费价格涨幅2%左右\n●粮食产量保持500亿斤以上\n"
	checkFields(t, []fieldCase{
		{text: digest, fig: "5.5%", name: "城镇调查失业率"},
		{text: digest, fig: "70万人", name: "城镇新增就业"},
		{text: digest, fig: "2%", name: "居民消费价格涨幅"},
		{text: digest, fig: "500亿斤", name: "粮食产量"},
	})
}
