package figure

import "testing"

// 数据 (the published figure) and 仅 (only) end the words before a number
// without naming anything (a 2021 news item on the counties' half-year GDP).
func TestDataWordAndOnly(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "其中邵阳市上半年GDP数据为1130亿元,增长10.5%。", fig: "1130亿元", name: "GDP", kind: Level},
		{text: "上半年GDP最低的是北塔区,GDP仅25亿元。", fig: "25亿元", name: "GDP", kind: Level},
	})
	if got := dropDataWord("排查大数据"); got != "排查大数据" {
		t.Errorf("dropDataWord(排查大数据) = %s", got)
	}
}
