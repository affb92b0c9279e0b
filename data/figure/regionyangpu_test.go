package figure

import "testing"

// 洋浦 (洋浦经济开发区, counted with 海南's cities and counties) owns its
// rate; the rate opening a clause's name after its owner (洋浦以增速) is
// still named by what the text is about.
func TestRegionYangpuAmongCounties(t *testing.T) {
	text := "今年上半年,海南地区生产总值1675.57亿元,同比增长8.0%。其中,洋浦以增速14.2%位列第一,临高县12.2%、东方市11.6%紧随其后位列二三名。"
	checkRegions(t, []regionCase{
		{"洋浦", text, [][2]string{{"14.2%", "洋浦经济开发区"}, {"12.2%", "临高县"}}},
	})
	checkFields(t, []fieldCase{
		{text: text, fig: "14.2%", name: "地区生产总值增速", owner: "洋浦经济开发区"},
	})
}
