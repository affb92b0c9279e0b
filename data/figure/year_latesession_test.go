package figure

import "testing"

// TestYearOfALateSession: a report given in November (——2011年11月24日在
// 潜江市…) reviews 2011 and sets the targets of 2012, as a December one does.
func TestYearOfALateSession(t *testing.T) {
	const qianjiang = "政 府 工 作 报 告\n\n——2011年11月24日在潜江市第七届人民代表大会第一次会议上\n\n市长  张桂华\n\n各位代表:\n\n一、过去五年工作回顾\n\n" +
		"市六届人大一次会议以来的五年,是我市发展进程中极不平凡的五年。全市完成生产总值338亿元,年均增长16.1%。\n\n" +
		"二、明年工作安排\n\n全市经济社会发展的主要预期目标是:生产总值增长13%以上。\n"
	checkYears(t, []yearCase{
		{qianjiang, "338亿元", 2011, ""},
		{qianjiang, "13%", 2012, ""},
	})
}
