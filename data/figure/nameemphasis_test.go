package figure

import "testing"

// An adverb of emphasis (更是, 则) ending the words before a number is no
// part of the name (it had been 技术改造投资更, 纳税额更); 同比 before a
// bare 增幅 says against when, and the 增幅 takes the subject before it (it
// had been named 同比增幅). Sentences from a district's 上半年 report.
func TestEmphasisAndYearOnYear(t *testing.T) {
	const district = "上半年,全区全部财政收入实现了6.84亿元,同比增幅达到23.6%;固定资产投资同比增长7.1%,特别是技术改造投资更是增长了31.6%。"
	checkFields(t, []fieldCase{
		{text: district, fig: "23.6%", name: "财政收入增幅"},
		{text: district, fig: "31.6%", name: "技术改造投资"},
		{text: "区内工业企业纳税额同比增长了25%,其中86家重点监测企业的纳税额更是同比增长了39%。", fig: "39%", name: "纳税额"},
		{text: "规上工业增加值增长6%,其中制造业则增长8.1%。", fig: "8.1%", name: "制造业增加值"},
	})
}

// 从 (由) opening a change from one value to another is no part of the
// name before it (it had been 行政村路面硬化率从). From a county's roads news
// (融水).
func TestFromOfChange(t *testing.T) {
	const news = "全县205个行政村路面硬化率从2011年41%提高到今年的84%,累计受益人口30多万人。"
	checkFields(t, []fieldCase{
		{text: news, fig: "41%", name: "行政村路面硬化率"},
		{text: news, fig: "84%", name: "行政村路面硬化率"},
	})
}
