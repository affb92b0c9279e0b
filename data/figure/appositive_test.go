package figure

import "testing"

// A paragraph opening on a place in apposition to what it is to the report
// (省定监测点同仁地区) turns the text to it: the prices sampled there are its
// (c02, 黄南藏族自治州's bulletin).
func TestAppositiveLeadTurnsTopic(t *testing.T) {
	checkRegions(t, []regionCase{{
		"monitoring point",
		"2023年,是黄南藏族自治州成立70周年。全年全州实现地区生产总值113.47亿元,按可比价格计算,比上年增长2.2%。\n\n省定监测点同仁地区全年居民消费价格总水平(CPI)与上年持平。分类别看,食品烟酒同比下降2.1%,衣着同比下降0.8%,居住同比上涨2.6%。",
		[][2]string{{"113.47亿元", "黄南藏族自治州"}, {"2.1%", "同仁市"}, {"2.6%", "同仁市"}},
	}})
}
