package figure

import "testing"

// A bare 完成率 right after an amount done is that amount's rate of
// completion, named as reports write it whole (投资完成率151.47%): it had
// been the bare 完成率. From a county's key-project report (连南, 1-5月).
func TestCompletionRateOfAmount(t *testing.T) {
	const report = "全县重点项目50个,总投资178.7亿元,年度投资计划17.68亿元,1-5月完成投资4.28亿元,完成率24.25%。"
	checkFields(t, []fieldCase{
		{text: report, fig: "24.25%", name: "投资完成率"},
		{text: "重点项目完成投资44.24亿元,完成率47.2%。", fig: "47.2%", name: "重点项目投资完成率"},
	})
}
