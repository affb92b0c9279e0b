package figure

import "testing"

// A place picked out by a superlative and its kind (最慢的城市是石家庄) owns
// the figures after it, in a piece about many cities.
func TestRegionSuperlativeKind(t *testing.T) {
	checkRegions(t, []regionCase{
		{"城市是", "上半年城市GDP前50\n\n上半年上海完成GDP20102.53亿元,继续雄距全国榜首,名义增速15.82%,表现中规中矩。\n上半年增长最慢的城市是石家庄,GDP名义增速仅有8.21%,需要加快发展步伐。", [][2]string{
			{"20102.53亿元", "上海市"}, {"8.21%", "石家庄市"},
		}},
	})
}
