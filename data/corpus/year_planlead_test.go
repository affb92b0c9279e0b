package corpus

import "testing"

// News of a press conference on a year's results (大冶市, 12月28日, no year
// on the page) closes with next year's plan: 2024年，大冶市将…. The
// paragraph opening with that year does not make the report 2024's.
func TestPlanParagraphIsNotTheLeadYear(t *testing.T) {
	const daye = "长江日报-长江网讯(记者高喜明 通讯员李玉)12月28日,黄石市召开\"打造增长极 建功先行区\"主题系列新闻发布会,大冶市通报了2023年经济社会发展情况。\n大冶锚定\"当好主力军、建成节点城、奋进五十强\"目标,2023年经济社会发展呈现稳中有进、回升向好的良好态势。2023年前三季度,大冶市GDP同比增长7.5%。1-11月,固定资产投资增长6.8%,社会消费品零售总额增长9.1%。\n2024年,大冶市将加快打造武汉都市圈重要节点城市、光谷科创大走廊东部传动轴、全国先进制造业基地。\n"
	if a := Parse("t.txt", []byte(daye)); a.Year == 2024 {
		t.Errorf("results of 2023 with a closing plan: year %d, want not 2024", a.Year)
	}
	for _, s := range []string{"2024年,大冶市将加快打造武汉都市圈重要节点城市", "2025年,我们将坚持稳中求进工作总基调"} {
		if !opensWithPlan(s) {
			t.Errorf("opensWithPlan(%q) = false", s)
		}
	}
	for _, s := range []string{"2023年,全县实现地区生产总值128亿元", "2023年,全市将近一半的乡镇财政收入增长"} {
		if opensWithPlan(s) {
			t.Errorf("opensWithPlan(%q) = true", s)
		}
	}
}
