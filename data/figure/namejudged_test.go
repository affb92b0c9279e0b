package figure

import "testing"

// A bare indicator after a clause that judges its subject (丽水 1-5月
// analysis: 小微企业增势良好,1-5月实现增加值113.2亿元) is that subject's.
func TestNamesJudgedSubject(t *testing.T) {
	const lishui = "小微企业增势良好,1-5月实现增加值113.2亿元,同比增长11.6%,增速快于规上工业2.4个百分点。"
	checkFields(t, []fieldCase{
		{text: lishui, fig: "113.2亿元", name: "小微企业增加值"},
		{text: lishui, fig: "11.6%", name: "小微企业增加值"},
		{text: "新兴产业保持较快增长,实现增加值25亿元。", fig: "25亿元", name: "新兴产业增加值"},
	})
}
