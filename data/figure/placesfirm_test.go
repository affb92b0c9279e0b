package figure

import "testing"

// A place that opens a firm's name (江西德凯车灯有限公司) is not what the
// report is about: a county's news naming no place but the firm's leaves
// its figures without a region rather than giving them to the province.
func TestFirmNameNotSubject(t *testing.T) {
	checkRegions(t, []regionCase{
		{"firm of the province", "今年以来,全县重大产业项目推进良好。截至5月,已签约的重大项目共5个,已完成投资27.5亿元,占全年投资的42%。江西德凯车灯有限公司新建100万套车灯项目已投产。\n",
			[][2]string{{"27.5亿元", ""}}},
	})
}
