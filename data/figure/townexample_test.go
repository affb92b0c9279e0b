package figure

import "testing"

// A town named late in one paragraph of a county-level city's work report
// does not own the next paragraph's figures; a zone or place given as an
// example of things counted (X等N个项目) owns no figure.
func TestTownItemAndExamplesCounted(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "town item, then a section",
		text: "2023年工作回顾\n\n" +
			"过去一年，新密市全年完成地区生产总值612.4亿元、增长4.6%。5个乡镇入围全国综合实力千强镇，超化镇排名第215位。\n\n" +
			"（一）项目建设扎实推进。186个重点项目完成投资302.5亿元，曲梁产业集聚区等96个项目开工建设，金龙纸业等37个项目竣工投产。全市上下奋力拼搏。\n",
		want: [][2]string{{"612.4亿元", "新密市"}, {"第215位", "超化镇"}, {"186个", "新密市"}, {"302.5亿元", "新密市"}, {"96个", "新密市"}, {"37个", "新密市"}},
	}})
}
