package figure

import "testing"

// A 分别 list may give each member its own measure and unit (a county
// bulletin's farm section; project briefs counting and costing projects).
func TestMeasureListMixedUnits(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2023年，全县小麦面积和产量分别是95517亩和37554吨。", fig: "95517亩", name: "小麦面积"},
		{text: "2023年，全县小麦面积和产量分别是95517亩和37554吨。", fig: "37554吨", name: "小麦产量"},
		{text: "2023年，全县粮食播种面积和粮食总产量分别为95517亩和37554吨。", fig: "37554吨", name: "粮食总产量"},
		// one unit: the list was read before and still is
		{text: "2023年，全县出口额和进口额分别为12亿元和8亿元。", fig: "8亿元", name: "进口额"},
	})
}
