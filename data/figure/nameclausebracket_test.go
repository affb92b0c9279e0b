package figure

import "testing"

// A comma inside a bracketed note does not end the clause: the subject is
// before the bracket (亳州 2018 bulletin's 金融 section; the same note form
// in 地区生产总值(GDP,下同) of county bulletins).
func TestCommaInBracketNote(t *testing.T) {
	s := "年末全市金融机构各项存款余额（人民币口径，下同）2112.7亿元，比上年末增加269.4亿元，增长14.6%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "2112.7亿元", name: "金融机构各项存款余额"},
		{text: s, fig: "14.6%", name: "金融机构各项存款余额"},
		{text: "全年全县实现地区生产总值(GDP,下同)363.92亿元，按可比价格计算，比上年增长3.5%。", fig: "363.92亿元", name: "地区生产总值"},
		// a bracket closed before the comma leaves the comma a clause mark
		{text: "卫生系统现有职工689人（正式职工607人，招聘人员82人），其中卫生技术人员578人。", fig: "578人", name: "卫生技术人员"},
	})
}
