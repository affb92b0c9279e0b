package figure

import "testing"

// Milestones in work reports (甘肃省's 2025 report, 潞州区's): the count of
// round amounts crossed (连跨4个千亿台阶) is no subject of its own; the amount
// after the crossing, its growth and rank, and an amount written right
// after the bound (突破5万关口、达到5.28万元) are the subject's, without the
// adverb of the crossing (首次).
func TestNamesMilestoneSteps(t *testing.T) {
	const gansu = "“十四五”以来,全省地区生产总值连跨4个千亿台阶,2024年达到1.3万亿元、增长5.8%,增速居全国第3位。人均地区生产总值突破5万关口、达到5.28万元。"
	checkFields(t, []fieldCase{
		{text: gansu, fig: "1.3万亿元", name: "地区生产总值"},
		{text: gansu, fig: "5.8%", name: "地区生产总值"},
		{text: gansu, fig: "5.28万元", name: "人均地区生产总值"},
		{text: "地区生产总值首次突破600亿元大关,达到602.5亿元,同比增长5.5%。", fig: "602.5亿元", name: "地区生产总值"},
	})
}
