package figure

import "testing"

// Two indicators joined by 和 and two numbers joined by 和 pair in order,
// as after 分别, which the sentence leaves out.
func TestImpliedPair(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全年小麦面积和产量是95517亩和37554吨。", fig: "95517亩", name: "小麦面积"},
		{text: "全年小麦面积和产量是95517亩和37554吨。", fig: "37554吨", name: "小麦产量"},
		{text: "全年城镇和农村居民人均可支配收入为35000元和15000元。", fig: "15000元", name: "农村居民人均可支配收入"},
		// one indicator and a 和 between numbers of two things is no pair
		{text: "全县粮食产量为37554吨和上年持平。", fig: "37554吨", name: "粮食产量"},
	})
}
