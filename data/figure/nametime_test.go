package figure

import "testing"

// A clause that holds only a time (是“十五”期末的1.9倍 in a 旬阳 work report;
// 到今年的1114.1亿斤 in 黑龙江's grain news) names nothing: the figure is of
// the subject before it, not 期末 or 到今年.
func TestNamesTimeOnlyClause(t *testing.T) {
	const xunyang = "“十一五”期末,全区完成生产总值249.1亿元,是“十五”期末的1.9倍,年均增长15%;完成社会消费品零售总额107.5亿元,是“十五”期末的2.5倍,年均增长20%。"
	const grain = "在2007年粮食总产量达到692.6亿斤的基础上,连续越过800、900、1000、1100亿斤四个台阶,到今年的1114.1亿斤,比2007年增长60.9%,年均增长12.6%。"
	checkFields(t, []fieldCase{
		{text: xunyang, fig: "1.9倍", name: "生产总值"},
		{text: xunyang, fig: "15%", name: "生产总值"},
		{text: xunyang, fig: "2.5倍", name: "社会消费品零售总额"},
		{text: grain, fig: "1114.1亿斤", name: "粮食总产量"},
		{text: grain, fig: "12.6%", name: "粮食总产量"},
	})
	for _, n := range []string{"到今年", "十五期末", "十二五末", "年末"} {
		if !isTimeOnly(n) {
			t.Errorf("isTimeOnly(%q) = false", n)
		}
	}
	for _, n := range []string{"十五", "年末常住人口", "今年新增就业"} {
		if isTimeOnly(n) {
			t.Errorf("isTimeOnly(%q) = true", n)
		}
	}
}
