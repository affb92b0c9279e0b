package figure

import "testing"

// A period heading one member of a list of subjects is that member's; the
// other members' figures keep the period before it (b09).
func TestListMemberPeriod(t *testing.T) {
	const hubei = "4月18日,湖北省统计局发布一季度湖北经济运行数据,证券时报记者从发布会上获悉,一季度湖北实现生产总值1.35万亿元,同比增长6.3%。\n" +
		"整体经济稳健有力。一季度,全省GDP按不变价格计算,同比增长6.3%,分别高于上年全年和上年同期0.5个、0.2个百分点,也高于全国0.9个百分点,实现近12个季度最高增速、近9个季度高于全国的最大幅度。规上工业增加值、1-2月规上服务业营业收入分别增长8.1%、13.8%,分别高于全国1.6个、5.6个百分点。\n"
	checkYears(t, []yearCase{
		{hubei, "8.1%", 0, "Q1"},
		{hubei, "13.8%", 0, "M1-M2"},
		{hubei, "1.6个", 0, "Q1"},
		{hubei, "5.6个百分点", 0, "M1-M2"},
	})
}
