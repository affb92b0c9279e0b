package figure

// measureHeads end the name of a physical measure of a subject (樱桃种植
// 面积, 年产量): another attribute written right after it (年产值达2亿元) is
// the subject's, not the measure's (樱桃年产值, not 樱桃种植面积年产值).
var measureHeads = byLength([]string{"种植面积", "播种面积", "面积", "年产量", "总产量", "产量"})

// subjectOfMeasure takes the measure off the name of a physical figure
// (樱桃种植面积: 樱桃; 年产量: ""); other names are as they are.
func subjectOfMeasure(p *Figure) string {
	if p.Kind != Physical {
		return p.Name
	}
	if t, w := trimSuffixes(p.Name, measureHeads); w != "" {
		return t
	}
	return p.Name
}
