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

// A town a project settles in (落户甲子镇) does not own the figures of its
// paragraph (c04, 琼山区's yearbook).
func TestDestinationTownOwnsNothing(t *testing.T) {
	checkRegions(t, []regionCase{{
		"project settles in a town",
		"【概况】2020年,琼山区辖国兴、府城、凤翔、滨江4个街道,龙塘、云龙、红旗、三门坡、大坡、甲子、旧州7个镇。全年琼山区地区生产总值完成265.07亿元,比上年增长6.8%。\n\n全区实现工业总产值51.6亿元,增长0.8%。新增高新技术企业7家,海口再生资源综合利用基地项目落户甲子镇,海口市裕同环保科技有限公司等2家禁塑替代品生产单位开工建设。",
		[][2]string{{"51.6亿元", "琼山区"}, {"2家", "琼山区"}},
	}})
}
