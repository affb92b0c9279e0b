package figure

// firmEnds close the name of a firm that opens with a place (江西德凯车灯有
// 限公司, 焦作市公交集团): the place says where the firm was registered, not
// what a report that names it is about. Banks are left out: 山西银行业金融
// 机构 is the province's banking sector.
var firmEnds = []string{"公司", "集团", "有限"}

// firmName reports whether the place ending at end opens a firm's name: a
// firm ending follows within ten characters, all Chinese.
func firmName(s string, end int) bool {
	return hanRunEnds(s, end, 10, firmEnds)
}
