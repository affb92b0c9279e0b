package figure

import "testing"

// A count of a short noun followed by the title its members were given is
// named by the title (it had been the bare 村, 卫生院): golds write
// 入选国家智能制造示范的企业. Sentences from a county's work report
// (河北, 2022).
func TestHonoredCount(t *testing.T) {
	const villages = "王官庄、油坊被命名为省级卫生乡镇,15个村被命名为省级卫生村,6个村入选省民主法治示范村。"
	const clinics = "3家卫生院被评为全国“优质服务基层行”活动先进单位,2家卫生院入选全国基层卫生健康示范单位。"
	checkFields(t, []fieldCase{
		{text: villages, fig: "15个", name: "命名为省级卫生村"},
		{text: villages, fig: "6个", name: "入选省民主法治示范村"},
		{text: clinics, fig: "3家", name: "评为全国优质服务基层行活动先进单位"},
		{text: clinics, fig: "2家", name: "入选全国基层卫生健康示范单位"},
	})
}
