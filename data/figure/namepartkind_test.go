package figure

import "testing"

// A part listed under 其中 by its kind alone (猪肉 under 肉类总产量, 苹果
// under 水果产量) is the same measure of that kind, as bulletins write it:
// in the whole's sentence, in a sentence of its own that opens on 其中
// (国家统计局's 2023 公报), and across the ； that part the parts.
func TestNamesPartOfKind(t *testing.T) {
	const meat = "全年猪牛羊禽肉产量9641万吨,比上年增长4.5%。其中,猪肉5794万吨,增长4.6%;牛肉753万吨,增长4.8%。"
	checkFields(t, []fieldCase{
		{text: "全年肉类总产量3.2万吨,增长2.1%,其中猪肉2.1万吨,下降1.5%。", fig: "2.1万吨", name: "猪肉产量"},
		{text: meat, fig: "5794万吨", name: "猪肉产量"},
		{text: meat, fig: "753万吨", name: "牛肉产量"},
		{text: "全年水果产量12.5万吨,其中苹果8.2万吨。", fig: "8.2万吨", name: "苹果产量"},
		{text: "全年豆类产量1.2万吨,其中大豆0.8万吨。", fig: "0.8万吨", name: "大豆产量"},
		// an owner is no kind of the goods
		{text: "全年原煤产量1200万吨,其中县属煤矿300万吨。", fig: "300万吨", name: "县属煤矿"},
	})
}
