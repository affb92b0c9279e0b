package chart

import "testing"

// Every attribute the extractor knows needs an owner (its genericNames),
// so none may head a chart alone: 总产量 of what, 涨幅 of which price.
func TestIsBareNameTakesTheExtractorsAttributes(t *testing.T) {
	for _, name := range []string{"总产量", "涨幅", "降幅", "总面积", "全省排名", "总投资", "企业", "总分", "个"} {
		if !IsBareName(name) {
			t.Errorf("IsBareName(%q) = false: a chart of it would not say what it counts", name)
		}
	}
	for _, name := range []string{"粮食总产量", "居民消费价格涨幅", "固定资产投资增速", "规上工业企业"} {
		if IsBareName(name) {
			t.Errorf("IsBareName(%q) = true: its owner is in the name", name)
		}
	}
}
