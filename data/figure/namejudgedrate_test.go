package figure

import "testing"

// A bare rate (增速为, 增速分别为) after a clause with no figure that names a
// subject and says how it fared is that subject's, not the rate of a figure
// further back; a clause about the whole economy names no subject.
func TestNamesJudgedClauseRate(t *testing.T) {
	// 广州 1-8月 analysis (slice l, l05)
	const industry = "三大支柱产业总产值增长7.9%,比1-7月提高0.5个百分点。其中汽车制造业总产值增长1.5%,比1-7月提升1.4个百分点;电子产品制造业保持较好增势,增速为23.7%;石油化工制造业总产值增长3.9%,比1-7月回落0.1个百分点。"
	const invest = "民间投资虽然保持快速增长(37.8%),但增速比1-7月回落4.9个百分点。房地产开发投资、工业投资提速,增速分别为22.9%和8.6%,分别比1-7月提高5.0个和0.7个百分点。"
	const income = "全县居民人均可支配收入增长6.2%;其中,农村居民人均可支配收入保持较快增长,增速为7.8%。"
	const trade = "全年外贸进出口总额增长3.1%,进口、出口双双回升,增速分别为4.5%和6.2%,分别比一季度加快2.1个和1.3个百分点。"
	checkFields(t, []fieldCase{
		{text: industry, fig: "23.7%", name: "电子产品制造业总产值", kind: Growth},
		{text: industry, fig: "3.9%", name: "石油化工制造业总产值", kind: Growth},
		{text: invest, fig: "22.9%", name: "房地产开发投资", kind: Growth},
		{text: invest, fig: "8.6%", name: "工业投资", kind: Growth},
		{text: invest, fig: "5.0个", name: "房地产开发投资", kind: PPChange},
		{text: invest, fig: "0.7个百分点", name: "工业投资", kind: PPChange},
		{text: income, fig: "7.8%", name: "农村居民人均可支配收入", kind: Growth},
		{text: trade, fig: "4.5%", name: "进口", kind: Growth},
		{text: trade, fig: "6.2%", name: "出口", kind: Growth},
		// the points after are of the growths listed, named as they are
		{text: trade, fig: "1.3个百分点", name: "出口", kind: PPChange},
		{text: "规上工业增加值增长9.1%;新能源汽车产业保持高速增长势头,增速为45.6%。", fig: "45.6%", name: "新能源汽车产业增加值", kind: Growth},
		// 经济运行 names no indicator: the rate stays the one before's
		{text: "规上工业增加值增长9.1%;全市经济运行态势良好,增速为6.5%。", fig: "6.5%", name: "规上工业增加值增速"},
	})
}

// A growth written with its verb after such a clause (保持较好增势，增长23.7%;
// 提速，分别增长…) is the subject's too, without how it fared.
func TestNamesJudgedClauseGrowth(t *testing.T) {
	const one = "其中汽车制造业总产值增长1.5%;电子产品制造业保持较好增势,增长23.7%;石油化工制造业总产值增长3.9%。"
	const two = "固定资产投资增长8.1%。房地产开发投资、工业投资双双提速,同比分别增长22.9%和8.6%。"
	checkFields(t, []fieldCase{
		{text: one, fig: "23.7%", name: "电子产品制造业总产值", kind: Growth},
		{text: two, fig: "22.9%", name: "房地产开发投资", kind: Growth},
		{text: two, fig: "8.6%", name: "工业投资", kind: Growth},
	})
}

// 恢复强劲 says how the subject fared as 保持较好增势 does (江津 前三季度,
// slice l, l03).
func TestNamesJudgedClauseFared(t *testing.T) {
	const s = "前三季度,全区实现第三产业增加值345.7亿元,同比增长6.5%,较上半年提高1.8个百分点。其中交通运输业恢复强劲,增速达14.8%;金融业增长8.4%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "14.8%", name: "交通运输业增加值", kind: Growth},
		{text: s, fig: "8.4%", name: "金融业增加值", kind: Growth},
	})
}

// A list judged with 双向发力 after a figure of the sentence (甘肃 一季度,
// slice d, d01): each number is its member's, the second too, though the
// first member's figure now stands between the clause and it.
func TestNamesJudgedListAfterFigure(t *testing.T) {
	const s = "固定资产投资增速9.9%,比去年全年加快6.7个百分点,居全国第8位;进口、出口双向发力,分别增长50.7%、45%,增速均居全国第2位。"
	checkFields(t, []fieldCase{
		{text: s, fig: "50.7%", name: "进口", kind: Growth},
		{text: s, fig: "45%", name: "出口", kind: Growth},
		{text: s, fig: "9.9%", name: "固定资产投资增速", kind: Growth},
	})
}
