package figure

import "testing"

// A district's report writing its zones alone (经开区, 高新区 after 其中, the
// parts of the district's own total) gives their figures to the district:
// a bare zone names no region a reader could look up (x03), while a
// county's (长沙县's 经开区, b16) is still named after the county.
func TestRegionDistrictBareZones(t *testing.T) {
	checkRegions(t, []regionCase{
		{"district", "长寿区2023年上半年经济运行情况\n\n上半年全区实现地区生产总值453.7亿元、增长6.1%。上半年实现规上工业总产值779.7亿元、增长3.3%,其中,经开区产值635.9亿元、增长4.3%,高新区产值111.5亿元、下降2.2%。", [][2]string{
			{"779.7亿元", "长寿区"}, {"635.9亿元", "长寿区"}, {"4.3%", "长寿区"}, {"111.5亿元", "长寿区"},
		}},
		{"county", "长沙县工业经济\n\n今年1-7月,全县完成工业总产值1234.1亿元,增长12.7%。经开区完成规模以上工业产值911.8亿元,增长12.5%。", [][2]string{
			{"911.8亿元", "长沙经开区"},
		}},
	})
}
