package figure

import "testing"

// An amount listed before 、第二产业增加值 ends the name before it as any
// figure does; only a bare 第一 opens the listed ordinals of 第一、二、三产业
// (the name had been "05亿元、第二产业增加值", cut at 13.05's point).
func TestAmountBeforeListedIndustry(t *testing.T) {
	const bulletin = "分产业看：第一产业增加值13.05亿元、第二产业增加值147.83亿元、第三产业增加值158.86亿元。"
	const ordinals = "第一、二、三产业增加值分别增长4.6%、7.5%和8.3%。"
	checkFields(t, []fieldCase{
		{text: bulletin, fig: "13.05亿元", name: "第一产业增加值"},
		{text: bulletin, fig: "147.83亿元", name: "第二产业增加值"},
		{text: bulletin, fig: "158.86亿元", name: "第三产业增加值"},
		{text: "粮食产量13.5万吨、第二产业增加值147亿元。", fig: "147亿元", name: "第二产业增加值"},
		{text: ordinals, fig: "4.6%", name: "第一产业增加值"},
		{text: ordinals, fig: "8.3%", name: "第三产业增加值"},
	})
}
