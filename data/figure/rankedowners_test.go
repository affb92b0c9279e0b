package figure

import "testing"

// A place picked out by a superlative owns the figure after it; a gap
// between two places is neither's (c08, 临汾市's county-domain analysis).
func TestSuperlativeAndGapOwners(t *testing.T) {
	text := "上半年临汾县域经济发展情况浅析\n上半年全市多数县市经济呈两位数增长态势。增幅最高的蒲县,同比增长97.7%;其次是洪洞县,同比增长55.1%。增幅最低的是侯马市,同比增长1.3%,与增幅最高的蒲县相差96.4个百分点,比一季度增长率差距(增幅最高的浮山92.2%与最低的汾西县2.6%相差89.6个百分点)扩大6.8个百分点。"
	checkRegions(t, []regionCase{{
		"superlatives and gaps", text,
		[][2]string{{"97.7%", "蒲县"}, {"55.1%", "洪洞县"}, {"1.3%", "侯马市"}, {"96.4个百分点", "临汾市县域"},
			{"92.2%", "浮山县"}, {"2.6%", "汾西县"}, {"89.6个百分点", "临汾市县域"}, {"6.8个百分点", "临汾市县域"}},
	}})
}

// A zone that is the whole of its host's units (县域) is named after the
// host's official name, however the text shortens the host (c08's title
// writes 临汾县域; a14 writes 沈阳市县域).
func TestWholeZoneNamedAfterHost(t *testing.T) {
	checkRegions(t, []regionCase{
		{
			"short host in the title",
			"上半年临汾县域经济发展情况浅析\n(一)县域经济总量增势强劲。上半年全市县域经济总量继续攀升。17个县(市、区)经济总量合计达到420亿元,比上年同期增加87.7亿元,增长了20.9%。",
			[][2]string{{"420亿元", "临汾市县域"}, {"20.9%", "临汾市县域"}},
		},
	})
}

// 全省县域 before a rank is the rank's scope (the province's counties), not
// the figure's owner (c11, 肇源县's work report).
func TestProvinceCountiesScopeARank(t *testing.T) {
	checkRegions(t, []regionCase{{
		"county rank in the province",
		"肇源县2021年政府工作报告\n过去五年,经济综合实力稳步提升。全县地区生产总值年均增长3.7%,固定资产投资累计完成149.8亿元。全省县域综合排名由2016年的第60名上升至2019年的第35名。",
		[][2]string{{"3.7%", "肇源县"}, {"第35名", "肇源县"}},
	}})
}

// A place written straight after a figure opens a new clause whose comma
// the page lost (a14, 沈阳市's county-domain analysis as stored).
func TestPlaceAfterFigureOwns(t *testing.T) {
	checkRegions(t, []regionCase{{
		"lost comma",
		"前三季度,沈阳市县域地区实现地区生产总值443.9亿元。\n分地区看,康平县实现地区生产总值87.4亿元,同比增长1.3%,低于全市增速4.7个百分点法库县实现地区生产总值144.7亿元,增长1.9%,低于全市增速4.1个百分点;新民市实现地区生产总值211.8亿元,增长6.0%。",
		[][2]string{{"87.4亿元", "康平县"}, {"144.7亿元", "法库县"}, {"1.9%", "法库县"}, {"211.8亿元", "新民市"}},
	}})
}
