package figure

import "testing"

// A count of places of the report's own level is the nation's when its
// sentence set that scope earlier (放眼全国，…的地级市只有8个), as 全国 right
// before the count says; without 全国 it stays without a place.
func TestRegionPeerCountNationInSentence(t *testing.T) {
	checkRegions(t, []regionCase{
		{"nation", "2023年赣州市经济运行\n\n全市地区生产总值增长5.2%。放眼全国,上半年规上工业增加值增速达到或超过10%的地级市只有8个,赣州位列其中。", [][2]string{
			{"5.2%", "赣州市"}, {"8个", "全国"},
		}},
		{"no scope", "2023年赣州市经济运行\n\n全市地区生产总值增长5.2%。上半年规上工业增加值增速达到或超过10%的地级市只有8个,赣州位列其中。", [][2]string{
			{"8个", ""},
		}},
	})
}
