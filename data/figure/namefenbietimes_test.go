package figure

import "testing"

// Quarters or months listed before 分别 with the indicator after it
// (济宁's trade news: 一、二、三季度分别进出口177.9亿元、…): the indicator is
// what follows 分别, not the place before the times.
func TestNamesFenbieAfterTimes(t *testing.T) {
	const jining = "相关负责人介绍,济宁一、二、三季度分别进出口177.9亿元、250.4亿元、339.3亿元,保持逐季增长态势。"
	checkFields(t, []fieldCase{
		{text: jining, fig: "177.9亿元", name: "进出口"},
		{text: jining, fig: "339.3亿元", name: "进出口"},
		{text: "今年1月、2月、3月分别实现出口12亿元、15亿元、18亿元。", fig: "15亿元", name: "出口"},
	})
}
