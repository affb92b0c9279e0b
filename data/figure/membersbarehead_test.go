package figure

import "testing"

// A bare head listed after a full indicator (增加值 after 规模以上工业总产值)
// is the same subject's; an indicator whole on its own (出口额) is not (a
// 2012 city work report).
func TestMembersBareHead(t *testing.T) {
	text := "全市规模以上工业总产值、增加值、利润分别完成1460亿元、440亿元、50亿元,分别增长48.5%、25.6%和43%。"
	checkFields(t, []fieldCase{
		{text: text, fig: "1460亿元", name: "规模以上工业总产值", kind: Level},
		{text: text, fig: "440亿元", name: "规模以上工业增加值", kind: Level},
		{text: text, fig: "25.6%", name: "规模以上工业增加值", kind: Growth},
		{text: text, fig: "50亿元", name: "规模以上工业利润", kind: Level},
	})
}
