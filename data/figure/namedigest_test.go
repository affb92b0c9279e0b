package figure

import "testing"

// A digest of a work report written a phrase a line between blank lines
// (黑龙江日报's 解读政府工作报告): the line before a blank line is no part of
// the next line's name, nor the heading after a figure its predicate. A
// page broken in mid-sentence still joins (技术合 | 同成交额).
func TestNamesPhrasePerLine(t *testing.T) {
	const digest = "过去一年\n\n财政赤字率控制在2.8%,中央财政收支符合预算、支出略有结余\n\n粮食产量1.37万亿斤,增产74亿斤\n\n●经济发展再上新台阶\n\n国内生产总值增加到121万亿元\n"
	checkFields(t, []fieldCase{
		{text: digest, fig: "1.37万亿斤", name: "粮食产量"},
		{text: "常态化开展院(校)地科技合作,新签订产学研合作项目52项,技术合\n\n同成交额达77亿元、全省第5。 引进高层次紧缺人才4297人,新增7家省级博士后创新实践基地。", fig: "77亿元", name: "技术合同成交额"},
	})
}

// A numbered item of a report on 实事 (普陀区's 2013 list): the item's
// number (五、) is no word of the name of the amount after 的.
func TestNamesItemNumberBeforeDe(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "四、建成普陀区中心医院外科医技楼并投入使用。\n五、完成了32.9万平方米的旧住房修缮和改造工程,完成全年目标的164.5%。", fig: "32.9万平方米", name: "旧住房修缮和改造工程"},
	})
}
