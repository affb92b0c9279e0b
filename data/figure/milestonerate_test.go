package figure

import "testing"

// A bare rate after a milestone crossed is the rate of what crossed it
// (news of a city's year: 服务业增加值首破千亿大关、增速全省第一).
func TestMilestoneRate(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2023年，服务业增加值首破千亿大关、增速全省第一。", fig: "第一", name: "服务业增加值增速"},
		{text: "2023年，服务业增加值首破千亿大关，增速居全省第一。", fig: "第一", name: "服务业增加值增速"},
		// a figure before names the rate as it did
		{text: "2023年，规上工业增加值增长8.1%，增速居全省第三。", fig: "第三", name: "规上工业增加值增速"},
	})
}
