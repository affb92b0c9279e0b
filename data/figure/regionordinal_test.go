package figure

import "testing"

// 第一产业 after a place names a sector, not a rank: the place (全省县域)
// owns the sector's figure, as it does the total's before it.
func TestRegionSectorOrdinal(t *testing.T) {
	checkRegions(t, []regionCase{
		{"全省县域第一产业", "陕西省前三季度县域经济运行情况\n\n前三季度,全省县域生产总值占全省地区生产总值的比重为48.6%,占比较上年同期提高0.9个百分点。\n分产业看,全省县域第一产业增加值同比增长3.5%,第二产业增加值同比增长8.2%,第三产业增加值同比增长3.8%。", [][2]string{
			{"48.6%", "陕西省县域"}, {"3.5%", "陕西省县域"}, {"8.2%", "陕西省县域"},
		}},
		{"全省第一 still a rank's scope", "宿松县2023年经济\n\n2023年,宿松县规上工业增加值增长12.1%,增速全省第一。", [][2]string{
			{"12.1%", "宿松县"}, {"第一", "宿松县"},
		}},
	})
}
