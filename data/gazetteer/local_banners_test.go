package gazetteer

import "testing"

// Banners and counties by the short forms their own region writes (准旗,
// 伊旗, 科左中旗, 托县, 塔县), and 和田 kept although it is a dictionary word;
// a two-character one stays unread inside ordinary words (依托县域, 和田间).
func TestBannerLocalShorts(t *testing.T) {
	g := gaz(t)
	checkResolves(t, g, []resolveCase{
		{"后来因煤炭价格上涨,生产煤炭的准旗、伊旗等地区发展迅速,远超过达拉特旗。", "准旗", "150622"},
		{"后来因煤炭价格上涨,生产煤炭的准旗、伊旗等地区发展迅速,远超过达拉特旗。", "伊旗", "150627"},
		{"在鄂尔多斯达旗因靠近黄河,农业比较发达。", "达旗", "150621"},
		{"甘旗卡镇位于科左后旗西南部,为科左后旗政府驻地。", "科左后旗", "150522"},
		{"科左中旗实现地区生产总值142.5亿元。", "科左中旗", "150521"},
		{"北和锡林郭勒盟西乌旗、东乌旗毗连。", "西乌旗", "152526"},
		{"塔县地处帕米尔高原东麓,总面积2.5万平方公里。", "塔县", "653131"},
		{"和林县历史悠久,2006年全县地区生产总值增长26.3%。", "和林县", "150123"},
		// 和田 alone names the prefecture or its city or county, as 阿克苏 does
		{"南疆四地州中,喀什、和田地区生产总值分别增长6.1%和7.4%。", "和田", "653200,653201,653221"},
	})
	checkUnread(t, g, []unreadCase{
		{"依托县域特色产业,加快发展。", "托县"},
		{"加强农田水利和田间道路建设。", "和田"},
		{"攻克旗下企业技术难题。", "克旗"},
	})
}
