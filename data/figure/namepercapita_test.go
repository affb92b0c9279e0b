package figure

import "testing"

// A per-capita figure after one of a named group in the same sentence is of
// that group (county bulletins' 人民生活 sections; NBS 居民收入和消费支出).
func TestPerCapitaGroup(t *testing.T) {
	s := "按常住地分，城镇常住居民人均可支配收入47595元、增长10.2%，人均消费支出27982元、增长8.5%；农村常住居民人均可支配收入28864元、增长10.8%，人均消费支出18523元、增长15.2%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "27982元", name: "城镇常住居民人均消费支出"},
		{text: s, fig: "8.5%", name: "城镇常住居民人均消费支出"},
		{text: s, fig: "18523元", name: "农村常住居民人均消费支出"},
		{text: "按收入来源分，上半年，全国居民人均工资性收入8793元，增长8.7%，占可支配收入的比重为57.5%；人均经营净收入2467元，增长8.9%。", fig: "2467元", name: "居民人均经营净收入"},
	})
}
