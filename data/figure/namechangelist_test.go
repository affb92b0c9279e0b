package figure

import "testing"

// A list of changes in points that repeats its verb before each member
// (宜章's 2023 统计公报: 第一、二、三产业增加值占GDP的比重较上年分别下降0.2个、
// 下降0.6个、提高0.8个百分点) is one list: each 个 is a point, and each
// member's share is named.
func TestNamesChangeListWithVerbs(t *testing.T) {
	const yizhang = "其中第一、二、三产业增加值占GDP的比重较上年分别下降0.2个、下降0.6个、提高0.8个百分点。"
	checkFields(t, []fieldCase{
		{text: yizhang, fig: "0.2个", name: "第一产业增加值占GDP比重", kind: PPChange},
		{text: yizhang, fig: "0.6个", name: "第二产业增加值占GDP比重", kind: PPChange},
		{text: yizhang, fig: "0.8个百分点", name: "第三产业增加值占GDP比重"},
	})
}
