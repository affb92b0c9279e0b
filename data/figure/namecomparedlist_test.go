package figure

import "testing"

// A 分别 comparison that lists the places or periods one rate is compared
// with gives every gap to that rate, not one to each figure before it.
func TestComparedPlacesList(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "我市地区生产总值为1067.55亿元，增长11.3%；其中，一产增加值增长8%，分别高于全国、全区0.2、0.1个百分点，增速创近年来新高。", fig: "0.2", name: "一产增加值", kind: PPChange},
		{text: "全县累计完成固定资产投资72.7亿元，同比增长25.8%，分别高于全市、全省平均增速0.7、2.2个百分点，总量居全市第二位；全县社会消费品零售总额完成42.9亿元，同比增长13.6%，分别高于全市、全省平均增速0.2、0.4个百分点。", fig: "0.2", name: "社会消费品零售总额", kind: PPChange},
		{text: "一季度，全省GDP按不变价格计算，同比增长6.3%，分别高于上年全年和上年同期0.5个、0.2个百分点。", fig: "0.5个", name: "GDP", kind: PPChange},
		// members listed before 分别 still take one gap each
		{text: "规上工业增加值、1-2月规上服务业营业收入分别增长8.1%、13.8%，分别高于全国1.6个、5.6个百分点。", fig: "5.6个百分点", name: "规上服务业营业收入"},
	})
}
