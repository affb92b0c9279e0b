package figure

import "testing"

// The last rank of a range whose holders are listed after it is the last
// place listed's (a21); the count of capitals is none of theirs but the
// nation's, the scope its sentence set (放眼全国), as a21's gold has it.
func TestRegionRankRange(t *testing.T) {
	checkRegions(t, []regionCase{
		{"福州固投", "福州1—4月经济数据\n\n各项经济指标中,固定资产投资尤其抢眼。放眼全国,一季度(4月数据暂不全)的固投增速,达到或超过20%的省会城市只有5个,其中,福州以23.5%的增速排名第一。排在第二位到第五位的,分别是乌鲁木齐、海口、呼和浩特和贵阳,与福州不同。", [][2]string{
			{"5个", "全国"}, {"23.5%", "福州市"}, {"第一", "福州市"}, {"第五位", "贵阳市"},
		}},
	})
}
