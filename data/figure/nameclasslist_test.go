package figure

import "testing"

// A class of goods may list goods itself (服装、鞋帽、针纺织品类): in a list
// of classes, each 类 closes one member (a county bulletin's trade section).
func TestNamesClassList(t *testing.T) {
	const s = "2023年，全县社会消费品零售总额增长6.1%，粮油食品类、日用品类和服装、鞋帽、针纺织品类分别实现零售额12.3亿元、5.6亿元和8.1亿元。"
	const g = "2023年，粮油食品类、日用品类和服装、鞋帽、针纺织品类零售额分别增长12.3%、5.6%和8.1%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "12.3亿元", name: "粮油食品类零售额"},
		{text: s, fig: "8.1亿元", name: "服装、鞋帽、针纺织品类零售额"},
		{text: g, fig: "5.6%", name: "日用品类零售额"},
		{text: g, fig: "8.1%", name: "服装、鞋帽、针纺织品类零售额"},
	})
	if m := classMembers("粮油食品类、日用品类"); m != nil {
		t.Errorf("a list of one word each is split as before; got %q", m)
	}
}
