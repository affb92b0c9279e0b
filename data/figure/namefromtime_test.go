package figure

import "testing"

// A rate that moves from its value at a time (由去年的…上升至…) is named by
// the subject before 由/从; the time is the start's year, not part of the
// name (nametime.go dropFromTime). Sentences from county bulletins.
func TestNamesFromTime(t *testing.T) {
	const s = "2023年，全县消费对经济增长的贡献率由去年的40%上升至63.2%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "40%", name: "消费对经济增长的贡献率"}, // the part and what it contributes to are the name's (contributionDe)
		{text: s, fig: "63.2%", name: "消费对经济增长的贡献率"},
		{text: "全市城镇化率从上年的52.1%提高到53.4%。", fig: "52.1%", name: "城镇化率"},
	})
}
