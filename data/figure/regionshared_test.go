package figure

import "testing"

// A figure after places listed as one subject, with no 分别 to share its
// values out, is theirs together: its region is none of them. A 分别 list
// still gives each place its own value, and scopes listed (高于全国、全省)
// leave the owner alone.
func TestRegionSharedOwner(t *testing.T) {
	checkRegions(t, []regionCase{
		{"渝北和长寿", "重庆市上半年区县GDP增速\n\n在全市各区县中,有22个区县的上半年GDP增速“跑赢”全市增速。其中,渝北和长寿增速超过或达到7%;大渡口、九龙坡、南岸、北碚、涪陵等区县的增速均在6%及以上。", [][2]string{
			{"7%", ""}, {"6%", ""},
		}},
		{"黔南、铜仁", "贵州前三季度市州经济\n\n毕节超过1500亿元,达到1585.86亿元;黔南、铜仁、六盘水、黔西南位于1000亿元至1500亿元之间,分别为1310.35、1098.90、1081.33、1050.40亿元。", [][2]string{
			{"1585.86亿元", "毕节市"}, {"1000亿元", ""}, {"1500亿元", ""},
			{"1310.35", "黔南布依族苗族自治州"}, {"1098.90", "铜仁市"},
		}},
		{"重庆、天津", "城市GDP排名2019上半年\n\n重庆、天津两个直辖市经济企稳复苏。其中,天津虽然在TOP20城市中增速垫底,但同比已提升1.2个百分点。", [][2]string{
			{"两个", ""}, {"1.2个百分点", "天津市"},
		}},
		{"scopes", "宿松县2023年经济\n\n2023年,宿松县地区生产总值增长6.1%,分别高于全国、全省0.9和0.3个百分点。", [][2]string{
			{"6.1%", "宿松县"},
		}},
	})
}
