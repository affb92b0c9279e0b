package gazetteer

import "testing"

// The first-character forms of long autonomous and league names come from
// the rule (internal/names/initials.tsv), not from typed rows: 博州 and 巴州
// in 新疆's lists, 巴州 still 巴中's 巴州区 beside 巴中's other districts,
// 哲盟 and 哲里木盟 for 通辽市; 西州, the form the rule gives 西双版纳, is
// not read alone (滇西州市 is the prefectures of western 云南).
func TestInitialForms(t *testing.T) {
	g := gaz(t)
	checkResolves(t, g, []resolveCase{
		{"博州、巴州、克州地区生产总值分别增长6.5%、7.1%和8.0%。", "博州", "652700"},
		{"博州、巴州、克州地区生产总值分别增长6.5%、7.1%和8.0%。", "巴州", "652800"},
		{"巴中市巴州区、恩阳区、通江县地区生产总值分别增长6.1%、7.2%和5.4%。", "巴州区", "511902"},
		{"巴中市恩阳区、巴州地区生产总值分别增长7.2%和6.1%。", "巴州", "511902"},
		{"克州农村居民人均可支配收入增长8.1%。", "克州", "653000"},
		{"莫旗粮食总产量增长5.3%。", "莫旗", "150722"},
		{"1998年哲里木盟粮食总产量增长5.3%。", "哲里木盟", "150500"},
		{"哲盟、昭盟农牧民人均纯收入均有增长。", "昭盟", "150400"},
	})
	checkUnread(t, g, []unreadCase{
		{"滇西州市旅游收入增长12.1%。", "西州"},
		{"对欧盟国家出口增长3.2%。", "欧盟"},
	})
}
