package figure

import "testing"

// N年来 is the span a record is set over, not a time taken, even after 为:
// no 用时 figure, and the growth after it keeps the indicator's name (it
// had taken 用时). From county news and a city's work report (邯郸, 分别为
// 35年来、20年来首次).
func TestSpanToNowNoDuration(t *testing.T) {
	const news = "一季度,全市规模以上工业增加值增长13.5%,为10年来最高增幅,比2019年同期增长13.5%。"
	figs := Extract(testArticle(news, "", 0))
	for _, f := range figs {
		if f.Text == "10年" || f.Name == "用时" {
			t.Errorf("%q: figure %q named %q, want none", news, f.Text, f.Name)
		}
	}
	checkFields(t, []fieldCase{
		{text: news, fig: "13.5%", nth: 1, name: "规模以上工业增加值"},
	})
}

// The record judged after a span (10年来最高增幅) is no part of the name of
// the growth it is said of.
func TestRecordCutFromName(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "上半年,全县地区生产总值实现10年来最高增幅,比2019年同期增长13.5%。", fig: "13.5%", name: "地区生产总值"},
	})
	if got := cutRecord("规模以上工业增加值来最高增幅"); got != "规模以上工业增加值" {
		t.Errorf("cutRecord = %q", got)
	}
}
