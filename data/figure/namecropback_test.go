package figure

import "testing"

// A crop's output written 总产 after its sown area, a few figures back
// (东安县's early rice news, 咸宁's report on its work report's targets), is
// the crop's 总产量; a bare 增产 amount is the crop's 增产.
func TestNamesCropOutputBack(t *testing.T) {
	const rice = "全县种植早稻42万亩,比上年增加0.5万亩,预计平均单产428.7公斤/亩,比上年增加4.2公斤/亩,总产18万吨以上,比上年增加0.4万吨,增长2.3%。"
	checkFields(t, []fieldCase{
		{text: rice, fig: "18万吨", name: "早稻总产量"},
		{text: "完成夏粮收获面积20.52万亩,总产3.95万吨。", fig: "3.95万吨", name: "夏粮总产量"},
		{text: "全县早稻总产量有望增产2.3%。", fig: "2.3%", name: "早稻总产量"},
		{text: "粮食产量1.37万亿斤,增产74亿斤\n\n●经济发展再上新台阶\n", fig: "74亿斤", name: "粮食增产"},
	})
}
