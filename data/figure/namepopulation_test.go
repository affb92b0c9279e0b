package figure

import "testing"

// A work report addresses a place's people by their number (灵璧 2021,
// 玉林 2025, 甘肃 2025): the count is the population; 人民群众 served are not.
func TestPopulationAddressed(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "24000多名党员干部主动请缨,3400余名医护人员坚守一线,130万人民自觉服从疫情防控大局。", fig: "130万人", name: "人口", kind: Count},
		{text: "时速350公里的南珠高铁南玉段建成通车,740多万玉林人民翘首以盼的“高铁梦”照进现实。", fig: "740多万", name: "人口", kind: Count},
		{text: "习近平总书记亲临甘肃视察,给2400多万陇原儿女无限温暖和巨大鼓舞。", fig: "2400多万", name: "人口", kind: Count},
	})
	const served = "全年帮助12万人民群众解决饮水安全问题。"
	if n := nameOfText(Extract(testArticle(served, "", 0)), "12万人"); n == "人口" {
		t.Errorf("%s: 12万人 named 人口: the people served are not all the people", served)
	}
}
