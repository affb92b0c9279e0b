package figure

import "testing"

// A zone's own newspaper item titles itself 经开区 alone, names its city
// more often than itself (扬州市委, 全市 again and again) and itself once
// written short after its host (扬州经开区), which the table holds as the
// city's zone row 扬州经济技术开发区 (321071) with a street of its own (文汇
// 街道): 全区 is that row's, as 全市 is the city's, so the title, the short
// name and 全区 agree on the zone rather than leave the city in a tie with it.
func TestZoneRowWrittenShortOwnsItsSelfWords(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "扬州经开区",
		text: "经开区召开党工委(扩大)会议\n\n" +
			"本报讯 12月21日，经开区党工委召开扩大会议，传达学习扬州市委全会精神，总结今年工作并谋划明年工作。\n\n" +
			"会议指出，今年以来，在扬州市委、扬州市政府的坚强领导下，全区上下同心协力，各项工作成绩显著。全区实现地区生产总值420亿元，同比增长6.5%，增速居全市第一；签约引进项目56个，总投资230亿元，占全市的四分之一。扬州经开区在国家级经开区综合考评中排名上升8位。\n\n" +
			"会议强调，全区上下要对标扬州市“十四五”规划，在全市高质量发展中走在前列。全区要抓好项目建设，确保全区固定资产投资增长10%以上，为全市发展作出更大贡献。\n\n" +
			"会议要求，全区要主动融入扬州市发展大局，对接扬州市产业布局，争当扬州市高质量发展排头兵，助力扬州市建设长三角重要城市，为扬州市全面建成小康社会作出贡献。\n\n" +
			"本报讯 文汇街道今年新建成安置房1200套，全区群众住房条件持续改善，街道工作在全市考核中位居前列。扬州市人大代表视察了全市重点项目，对全区工作给予肯定。\n\n" +
			"本报讯 全区召开安全生产会议，部署安全生产大检查，确保全区安全形势稳定，落实扬州市的统一部署，全区上下一盘棋。\n",
		want: [][2]string{{"420亿元", "扬州经济技术开发区"}, {"6.5%", "扬州经济技术开发区"}, {"56个", "扬州经济技术开发区"}, {"8位", "扬州经开区"}, {"10%", "扬州经济技术开发区"}},
	}})
}

func TestZoneOwnRow(t *testing.T) {
	g := Default().Places
	for _, c := range []struct {
		code, written string
		want          bool
	}{
		{"321071", "扬州经开区", true},  // 扬州经济技术开发区, 扬州市's zone row
		{"410371", "洛阳高新区", true},  // 洛阳高新技术产业开发区
		{"410871", "示范区", true},    // 焦作城乡一体化示范区 ends so
		{"321000", "扬州经开区", false}, // the host: its 全市 is not the zone's
		{"410800", "焦作高新区", false}, // 焦作 has no row of its 高新区
		{"321071", "扬州高新区", false}, // a row of another kind
	} {
		pl, ok := g.Place(c.code)
		if !ok {
			t.Fatalf("no place %s", c.code)
		}
		if got := zoneOwnRow(g, pl, c.written); got != c.want {
			t.Errorf("zoneOwnRow(%s, %s) = %v, want %v", pl.Name, c.written, got, c.want)
		}
	}
}
