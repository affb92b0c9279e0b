package figure

import "testing"

// Listed parts sharing the last's 对…贡献率 are each a contribution (a 2023
// city analysis; the 三次产业 form is contributionName's).
func TestOwnedRateTail(t *testing.T) {
	text := "全年消费、投资、净出口对经济增长的贡献率分别为55.4%、30.2%和14.4%。"
	checkFields(t, []fieldCase{
		{text: text, fig: "55.4%", name: "消费对经济增长的贡献率", kind: Share},
		{text: text, fig: "30.2%", name: "投资对经济增长的贡献率", kind: Share},
		{text: text, fig: "14.4%", name: "净出口对经济增长的贡献率", kind: Share},
	})
}
