package figure

import "testing"

// 棚户区, 保护区 end in 区 like a place of two characters but name kinds of
// area: a work report's 完成棚户区改造4.35万平方米 is 棚户区改造, not 改造.
func TestNamesAreaKindsAreNoPlaces(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "老旧小区改造40个,完成棚户区改造4.35万平方米,惠及居民4263户。", fig: "4.35万平方米", name: "棚户区改造"},
		{text: "保护区面积达到3.2万公顷。", fig: "3.2万公顷", name: "保护区面积"},
	})
}
