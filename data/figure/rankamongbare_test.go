package figure

import "testing"

// A count of places written with no measure word (7县(市)) is what a rank
// is among, as 9个市(州) is: the rank's subject is before it (it had been
// named 县; the share it ranks is still cut to 完成投资, a part of its
// label). From a county's project report (2020).
func TestRankAmongBareCount(t *testing.T) {
	const report = "省重点项目2个,总投资20亿元,1-6月份累计完成投资7.9亿元,占年度目标的87.78%。累计完成投资占年度目标的比例均位居7县(市)第一。"
	checkFields(t, []fieldCase{
		{text: report, fig: "第一", name: "完成投资"},
	})
}
