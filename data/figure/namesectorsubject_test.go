package figure

import "testing"

// A short sector before 实现 says whose the indicator is (郴州 1-9月 运输邮
// 电 analysis); 公司 and 全县 do not.
func TestSectorSubjectKeepsLink(t *testing.T) {
	s := "1-9月，全市完成邮电业务总量57.08亿元。其中，邮政实现业务总量为1.67亿元，同比增长12.4%；电信实现业务总量55.41亿元，同比增长26.5%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "1.67亿元", name: "邮政业务总量"},
		{text: s, fig: "26.5%", name: "电信业务总量"},
		{text: "2023年，公司实现营业收入3.2亿元，同比增长5%。", fig: "3.2亿元", name: "营业收入"},
	})
}

// The industry 电力、热力、燃气及水生产和供应业 written without its 、 is
// still one member of a list (新疆 1-7月 industry release).
func TestIndustryNameWithoutCommas(t *testing.T) {
	s := "分三大门类看，采矿业、制造业、电力热力燃气及水生产和供应业增加值比上年同期分别增长7.1%、1.9%、7.0%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "7.0%", name: "电力热力燃气及水生产和供应业增加值"},
		{text: s, fig: "1.9%", name: "制造业增加值"},
	})
}

// An industry before 实现 stays too (a regional 上半年 release: 其中，采矿业
// 实现营业收入81.01亿元), and 并网 is no 并 of a list (全区并网发电量).
func TestIndustrySubjectKeepsLink(t *testing.T) {
	s := "1—5月，全区规模以上工业实现营业收入177.34亿元，同比增长23.6%。其中，采矿业实现营业收入81.01亿元，同比增长44.9%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "81.01亿元", name: "采矿业营业收入"},
		{text: "上半年，全区并网发电量54.58亿千瓦时，同比增长29.7%。", fig: "54.58亿千瓦时", name: "并网发电量"},
	})
}

// 有效 opens names (有效灌溉面积, 有效发明专利量): its 有 is no verb
// (county and district bulletins of 2021).
func TestYouxiaoKeepsName(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "年末全县有效灌溉面积56.65万亩，同比下降0.18%。", fig: "56.65万亩", name: "有效灌溉面积"},
		{text: "全区有效发明专利量1725件。", fig: "1725件", name: "有效发明专利量"},
	})
}
