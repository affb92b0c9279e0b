package figure

import "testing"

// A text with no subject that names its county's towns in passing: 全县 is
// the towns' county, not the town named last (房县 holiday news, 2018;
// 福建 national-day news naming 平和县霞寨镇高寨村 with 全省).
func TestTownsHostSelfWord(t *testing.T) {
	checkRegions(t, []regionCase{
		{"towns then 全县", "国庆中秋长假 实现旅游综合收入1.82亿元\n化龙镇高桥村、土城镇土城村、野人谷镇杜川村等乡村旅游点都迎来了观田园风光、赏自然山水、品农家风情的众多外地游客,农家乐经营户生意火爆。假日期间,全县接待乡村游游客逾11万人次,乡村旅游接待量占全县假日旅游接待总人数41%。\n",
			[][2]string{{"11万人次", "房县"}, {"41%", "房县"}}},
		{"全省 then a town", "7日,记者从省旅发委获悉,今年国庆假期,全省累计接待国内外游客3161.13万人次,同比增长20.3%。乡村旅游热度不减,漳州十大美丽乡村平和县霞寨镇高寨村7天累计接待游客3.85万人次。\n",
			[][2]string{{"3161.13万人次", "福建省"}}},
	})
}

// A town's name read inside other words (高于城镇: 于城镇) names no county.
func TestTownWrittenInsideWords(t *testing.T) {
	checkRegions(t, []regionCase{
		{"word split", "2024年1-4月消费品零售总额运行简况\n1-4月,全市实现社会消费品零售总额193.42亿元,同比增长0.2%。\n一、按经营单位所在地分,乡村增长速度高于城镇。\n",
			[][2]string{{"193.42亿元", ""}}},
	})
}
