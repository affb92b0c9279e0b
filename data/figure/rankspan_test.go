package figure

import "testing"

// A streak (连续十年, 连续19年) between a rank and its subject says how long
// the rank held; the subject is before it (the rank had been left without
// a name, or took the name of a rank before). A subject written after the
// streak (连续四年出生人口超百万) is the figure's own. Sentences from a
// district's work report (龙泉驿区 2022), a city's (2022) and a county
// city's (新郑市 2023, t04).
func TestRankAfterStreak(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全年完成地区生产总值1545.7亿元。区域经济总量连续十年位居全省县级行政区首位。", fig: "首位", name: "区域地区生产总值"},
		{text: "一般公共预算收入增长4.2%。生态环境状况指数连续19年全省第一,空气、水环境质量均保持全国前十。", fig: "第一", name: "生态环境状况指数"},
		{text: "县域经济基本竞争力百强县(市)排名第26位,县域经济发展质量总体评价连续11年居全省首位。", fig: "首位", name: "县域经济发展质量总体评价"},
		{text: "第一人口大省广东连续四年出生人口超百万。", fig: "百万", name: "出生人口"},
	})
}
