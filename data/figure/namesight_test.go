package figure

import "testing"

// A sight's name opening on a place's short name keeps it (a 文旅 news
// item on 古田会议会址); a county written in full still comes off.
func TestNamesSight(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2023年，古田会议会址接待游客120.5万人次，增长35.2%。", fig: "120.5万人次", name: "古田会议会址接待游客"},
		{text: "2023年，古田县地区生产总值增长5.2%。", fig: "5.2%", name: "地区生产总值"},
	})
}
