package figure

import "testing"

// 民生 counts in a county's work report (黑龙江, 2020s): households and
// people helped are one subject in two units even when a verb of what was
// done for them follows (为…户、…人发放); a verb after the people counted
// (纳入) and a one-character place noun (县) end what is counted.
func TestNamesForWhomCounts(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "为城乡低保45085户、58866人发放最低生活保障金2593.8万元。", fig: "58866人", name: "城乡低保"},
		{text: "9588名灵活就业人员纳入城镇企业职工基本养老保险范畴。", fig: "9588名", name: "灵活就业人员"},
		{text: "截至2021年12月底,全国2804个县实现有1家以上普通门诊费用跨省联网定点医疗机构。", fig: "2804个", name: "县"},
	})
}
