package figure

import "testing"

// A name too long to keep whole is cut where a word starts, not at a fixed
// count of characters (it had been 民医疗保险、医疗救助支出, 师供热补贴和…,
// 政扶贫专项资金和…). Sentences from a forestry county's work report (2022)
// and a county's poverty-relief review (合江 2021).
func TestLongNameCutAtWord(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "持续提高社保待遇,城镇职工和城乡居民医疗保险、医疗救助支出9262万元。", fig: "9262万元", name: "城乡居民医疗保险、医疗救助支出"},
		{text: "兑现退休教师供热补贴和林企教师调资197万元。", fig: "197万元", name: "退休教师供热补贴和林企教师调资"},
		{text: "细化完善以更优营商环境服务市场主体任务261项。", fig: "261项", name: "更优营商环境服务市场主体任务"},
	})
}
