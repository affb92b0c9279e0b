package figure

// neighbourWords, right before a place, make it a neighbour or a point a
// distance is measured from, as a place's profile writes them (东连伊宁县,
// 西邻霍城县, 北与X县接壤, 距乌鲁木齐市…千米, 东北至塔城市): the place is
// where the report's own lies, not the report's place nor the owner of
// the distance. A side is written before most of them; a suffix check on
// 北连 also reads 东北连.
var neighbourWords = neighbourTable([]string{"东", "西", "南", "北"},
	[]string{"连", "邻", "接", "靠", "界", "至", "依", "临", "濒", "与", "抵"},
	[]string{"毗邻", "紧邻", "紧靠", "相邻", "邻近", "距", "距离"})

// neighbourTable is every side followed by every verb, and the words that
// need no side.
func neighbourTable(sides, verbs, alone []string) []string {
	out := append([]string(nil), alone...)
	for _, s := range sides {
		for _, v := range verbs {
			out = append(out, s+v)
		}
	}
	return out
}

// neighbourAt reports whether the place starting at start is written as a
// neighbour or a distance's far end.
func neighbourAt(s string, start int) bool {
	return hasSuffixAny(compact(s[max(0, start-12):start]), neighbourWords)
}
