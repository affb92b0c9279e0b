package gazetteer

import (
	"strings"
	"testing"
)

// The short forms of banners, autonomous counties and prefectures that
// their own regions write and no suffix rule gives (local.tsv): 翁旗, 乌前旗,
// 喀左县, 杜蒙县, 版纳. Each resolves to its one place; the two-character
// ones stay unread inside ordinary words.
func TestBannerCountyLocalShorts(t *testing.T) {
	g := gaz(t)
	checkResolves(t, g, []resolveCase{
		{"赤峰市各旗县区中,翁旗、喀旗地区生产总值分别增长5.6%和8.6%。", "翁旗", "150426"},
		{"赤峰市各旗县区中,翁旗、喀旗地区生产总值分别增长5.6%和8.6%。", "喀旗", "150428"},
		{"巴彦淖尔市的乌前旗、乌中旗、乌后旗和杭后旗均实现增长。", "乌中旗", "150824"},
		{"巴彦淖尔市的乌前旗、乌中旗、乌后旗和杭后旗均实现增长。", "杭后旗", "150826"},
		{"阿拉善盟阿右旗、额旗牧民人均可支配收入增长7.1%。", "额旗", "152923"},
		{"锡林郭勒盟苏左旗、苏右旗完成固定资产投资12.3亿元。", "苏右旗", "152524"},
		{"朝阳市建平县、喀左县规模以上工业增加值分别增长9.2%和7.5%。", "喀左县", "211324"},
		{"大庆市林甸县、杜蒙县粮食总产量增长3.1%。", "杜蒙县", "230624"},
		{"松原市宁江区、前郭县、长岭县三地共完成投资58亿元。", "前郭县", "220721"},
		{"阜新市阜蒙县、彰武县农村居民人均可支配收入增长6.8%。", "阜蒙县", "210921"},
		{"2023年,版纳实现旅游业增加值171.72亿元。", "版纳", "532800"},
		// the rule's own forms, unchanged: 博州 and 伊犁州 in 新疆's lists
		{"博州、伊犁州直地区生产总值分别增长6.5%和7.0%。", "博州", "652700"},
	})
	checkUnread(t, g, []unreadCase{
		{"公司陈旗下的子公司营业收入增长。", "陈旗"},
		{"要深入考察县域经济发展。", "察县"},
		{"刚察县地区生产总值增长4.5%。", "察县"},
	})
}

// 呼市 and 哈市, as 乌市: the capitals by their first character and 市.
func TestCapitalOneCharShorts(t *testing.T) {
	g := gaz(t)
	for _, c := range []resolveCase{
		{"呼市、包头、鄂尔多斯三市地区生产总值占全区的一半以上。", "呼市", "150100"},
		{"哈市全年接待游客增长21.3%。", "哈市", "230100"},
	} {
		ms := g.Resolve(g.Find(c.text))
		if len(ms) == 0 || ms[0].Text != c.name || strings.Join(ms[0].Codes, ",") != c.want {
			t.Errorf("%s in %q: got %+v, want %s", c.name, c.text, ms, c.want)
		}
	}
}
