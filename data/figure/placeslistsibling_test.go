package figure

import "testing"

// A prefecture's report lists its seat among its counties by the short
// form the two share (大理, 阿克苏): listed with the counties, it is the
// city; alone it stays the prefecture.
func TestSeatListedWithSiblings(t *testing.T) {
	checkRegions(t, []regionCase{
		{"州 and its seat", "2023年大理州国民经济和社会发展统计公报\n全州实现地区生产总值1665.66亿元,比上年增长5.1%。分县市看,大理、祥云、宾川地区生产总值分别增长5.2%、6.1%、4.3%。\n",
			[][2]string{{"1665.66亿元", "大理白族自治州"}, {"5.2%", "大理市"}, {"6.1%", "祥云县"}}},
		{"地区 named in full", "2023年阿克苏地区经济运行情况\n全地区实现地区生产总值2010亿元,增长6.5%。分县市看,阿克苏、库车、温宿分别增长7.1%、5.2%、6.0%。\n",
			[][2]string{{"2010亿元", "阿克苏地区"}, {"7.1%", "阿克苏市"}, {"5.2%", "库车市"}}},
	})
}
