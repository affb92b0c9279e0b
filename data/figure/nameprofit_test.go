package figure

import "testing"

// An account written bare after the enterprises' first is theirs (a 2023
// county 1-9月 brief; b03 广西 labels 规模以上工业企业利润总额 so).
func TestAccountOfPrevious(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "规模以上工业企业实现营业收入152.3亿元,同比增长6.5%;实现利润总额9.8亿元,下降12.3%。", fig: "9.8亿元", name: "规模以上工业企业利润总额", kind: Level},
		{text: "规模以上工业企业实现营业收入152.3亿元,同比增长6.5%;实现利润总额9.8亿元,下降12.3%。", fig: "12.3%", name: "规模以上工业企业利润总额", kind: Growth},
	})
}
