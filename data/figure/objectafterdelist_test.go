package figure

import "testing"

// In a list of amounts each written before 的 and its object, the item
// before an amount is no part of its name.
func TestObjectAfterDeInList(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "今年我县先后引进了江汽25万辆轻卡、50亿元的联东U谷、260亿元的三五中国摩等一大批重点项目。", fig: "50亿元", name: "联东U谷"},
		{text: "今年我县先后引进了江汽25万辆轻卡、50亿元的联东U谷、260亿元的三五中国摩等一大批重点项目。", fig: "260亿元", name: "三五中国摩"},
		{text: "开工建设总投资12亿元的物流园、8亿元的污水处理厂。", fig: "8亿元", name: "污水处理厂"},
	})
}
