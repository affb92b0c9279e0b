package figure

import "testing"

// 第一产业 after a place names a sector, not a rank: the place (全省县域)
// owns the sector's figure, as it does the total's before it.
func TestRegionSectorOrdinal(t *testing.T) {
	checkRegions(t, []regionCase{
		{"全省县域第一产业", "陕西省前三季度县域经济运行情况\n\n前三季度,全省县域生产总值占全省地区生产总值的比重为48.6%,占比较上年同期提高0.9个百分点。\n分产业看,全省县域第一产业增加值同比增长3.5%,第二产业增加值同比增长8.2%,第三产业增加值同比增长3.8%。", [][2]string{
			{"48.6%", "陕西省县域"}, {"3.5%", "陕西省县域"}, {"8.2%", "陕西省县域"},
		}},
		{"全市第一 still a rank's scope", "福建屏南“三驾马车”跑出经济发展加速度\n\n数据统计,2022年屏南县实现地区生产总值125.89亿元,同比增长17.3%,增速居全市第一。", [][2]string{
			{"17.3%", "屏南县"}, {"第一", "屏南县"},
		}},
	})
}
