package figure

import "testing"

// 完成投资 after a long subject is the investment done, named with its
// verb (it had been cut to the bare 投资). From a province's 1~8月 news of
// joint projects (成渝, 2023).
func TestLongSubjectInvestmentDone(t *testing.T) {
	const news = "1~8月份,248个成渝地区共建双城经济圈重大项目完成投资2522.7亿元,年度投资完成率74.3%。"
	checkFields(t, []fieldCase{
		{text: news, fig: "2522.7亿元", name: "完成投资"},
	})
}
