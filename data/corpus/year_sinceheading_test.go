package corpus

import "testing"

// A report reviewing the years since one (一、2008年以来的工作回顾, given
// 2012年2月27日) is about the last of them, 2011, not 2008; a report spaced
// out as 政 府 工 作 报 告 and dated by its dateline in November (a session
// late in the year) reviews that year, 2011.
func TestYearOfSpanAndLateSessions(t *testing.T) {
	const jinan = "济南市政府工作报告\n\n—2012年2月27日在济南市第十五届人民代表大会第一次会议上\n\n各位代表:\n\n一、2008年以来的工作回顾\n\n" +
		"过去的四年,是济南发展史上很不平凡的四年。服务业占生产总值比重达到53.1%。\n\n二、今年工作安排\n\n今年全市生产总值增长10%左右。\n"
	const qianjiang = "政 府 工 作 报 告\n\n——2011年11月24日在潜江市第七届人民代表大会第一次会议上\n\n市长  张桂华\n\n各位代表:\n\n一、过去五年工作回顾\n\n" +
		"市六届人大一次会议以来的五年,是我市发展进程中极不平凡的五年。全市完成生产总值338亿元,年均增长16.1%。\n\n二、明年工作安排\n\n明年全市生产总值增长13%以上。\n"
	a := Parse("t.txt", []byte(jinan))
	if a.Year != 2011 || a.SectionYear(len(jinan)/2) != 2011 {
		t.Errorf("jinan: year %d, section %d; want 2011", a.Year, a.SectionYear(len(jinan)/2))
	}
	if y := Parse("t.txt", []byte(qianjiang)).Year; y != 2011 {
		t.Errorf("qianjiang: year %d, want 2011", y)
	}
}
