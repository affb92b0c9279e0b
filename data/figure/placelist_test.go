package figure

import "testing"

// A list of places and a list of values after 分别 pair in order, whatever
// the places' role in the sentence (c08, 临汾市's county-domain analysis).
func TestPlaceListOwner(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			"places as the complement of 分别是",
			"上半年临汾县域经济发展情况浅析\n经济总量排在前十位的县市分别是尧都区、洪洞县、襄汾县、翼城县、曲沃县、侯马市、霍州市、乡宁县、古县和安泽县,分别占全市比重的22.9%、13.4%、12.0%、7.2%、7.1%、6.8%、6.7%、5.1%、4.8%和4.0%。",
			[][2]string{{"22.9%", "尧都区"}, {"13.4%", "洪洞县"}, {"6.7%", "霍州市"}, {"4.8%", "古县"}, {"4.0%", "安泽县"}},
		},
		{
			"a second list of bare values after the places' bracketed ones",
			"上半年临汾县域经济发展情况浅析\n上半年全市7个平川县市区对全市经济贡献率分别为洪洞县(23.9%)、尧都区(16.9%)、翼城县(11.9%)、襄汾县(10%)、曲沃县(8.2%)、霍州市(5.4%)和侯马市(0.5%),对全市GDP拉动力分别为6.0、4.3、3.0、2.5、2.1、1.4和0.1个百分点。",
			[][2]string{{"23.9%", "洪洞县"}, {"6.0", "洪洞县"}, {"4.3", "尧都区"}, {"2.1", "曲沃县"}, {"0.1个百分点", "侯马市"}},
		},
	})
}

// A list of subjects before 分别 pairs in order too, local short forms
// included (乌市 for 乌兰浩特市, from the gazetteer's local.tsv); a subject
// the gazetteer does not know gets none rather than another's (n05,
// 兴安盟's county-domain analysis).
func TestSubjectListOwner(t *testing.T) {
	checkRegions(t, []regionCase{{
		"local short forms in a list",
		"1-2月份,全盟县域社会消费品零售总额完成26.23亿元,同比增长25.9%。从6个旗县市增速看,前旗、扎旗、中旗高于全盟平均水平,同比分别增长37.3%、30.2%、26.7%;乌市、突泉、阿尔山分别增长23.6%、23.1%、20.5%。",
		[][2]string{{"23.6%", "乌兰浩特市"}, {"23.1%", "突泉县"}, {"20.5%", "阿尔山市"}},
	}})
}
