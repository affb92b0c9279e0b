package figure

import "testing"

// Counts of people in work reports and news (灵璧县's 2021 report, 三穗县's
// congress news): the people counted end at the noun that names them; what
// they did after it (主动请缨, 坚守一线, 进行隔离观察, 参与…) is said of them.
func TestNamesPersonHead(t *testing.T) {
	const lingbi = "全县24000多名党员干部主动请缨,3400余名医护人员坚守一线,对703名密接者进行隔离观察。"
	checkFields(t, []fieldCase{
		{text: lingbi, fig: "24000多名", name: "党员干部"},
		{text: lingbi, fig: "3400余名", name: "医护人员"},
		{text: lingbi, fig: "703名", name: "密接者"},
		{text: "全市1200名志愿者参与垃圾分类宣传。", fig: "1200名", name: "志愿者"},
		{text: "162名代表汇聚一堂,共商发展大计。", fig: "162名", name: "代表"},
	})
}
