package figure

import "github.com/zhibiao/zhibiao/data/quantity"

// measureKinds are the kinds of amount a 分别 list may mix, one measure
// per member: 小麦面积和产量分别是95517亩和37554吨, 项目个数和计划总投资分别为
// 12个和35亿元. Rates are left out: a percentage after an amount is its
// growth, not another member.
var measureKinds = map[quantity.Kind]bool{quantity.Physical: true, quantity.Count: true, quantity.Level: true}

// measureList: b follows a in a 分别 list of measures in different units.
func measureList(s string, a, b quantity.Quantity) bool {
	if !measureKinds[a.Kind] || !measureKinds[b.Kind] || a.Unit == b.Unit {
		return false
	}
	return isListGap(compact(s[a.End:b.Start]))
}
