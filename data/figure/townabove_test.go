package figure

import "testing"

// Towns named in a news item's scene (化龙镇高桥村、…野人谷镇杜川村) do not own
// the figures once the text turns to its own place by a self word (全县接待
// 乡村游游客逾11万人次): they go to the county above all the towns named
// (房县, period8), not to the last town listed.
func TestRegionTownGivesWayToSelfWord(t *testing.T) {
	checkRegions(t, []regionCase{
		{"全县", "国庆中秋长假 实现旅游综合收入1.82亿元\n化龙镇高桥村、土城镇土城村、野人谷镇杜川村等乡村旅游点都迎来了观田园风光、赏自然山水、品农家风情的众多外地游客,农家乐经营户生意火爆。假日期间,全县接待乡村游游客逾11万人次,乡村旅游接待量占全县假日旅游接待总人数41%。", [][2]string{
			{"11万人次", "房县"}, {"41%", "房县"},
		}},
	})
}
