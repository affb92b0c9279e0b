package figure

import (
	"strings"
	"testing"
)

// In a ranking of places (最高的是蒲县…；其次是洪洞县…) each value is of the
// measure ranked, and the place is its region, never its name. Sentences
// from prefecture analyses of their counties (c08 临汾 and a bulletin).
func TestNamesRankedPlaces(t *testing.T) {
	const s = "2023年，分县区看，规模以上工业增加值增速最高的是蒲县，增长12.3%；其次是洪洞县，增长10.1%。"
	const u = "2023年，全市城镇化率最高的是尧都区，为72.3%，其次是洪洞县55.1%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "12.3%", name: "规模以上工业增加值", region: "蒲县"},
		{text: s, fig: "10.1%", name: "规模以上工业增加值", region: "洪洞县"},
		{text: u, fig: "72.3%", name: "城镇化率", region: "尧都区"},
		{text: u, fig: "55.1%", name: "城镇化率", region: "洪洞县"},
	})
}

// Every lead of a ranking holds one of rankedLeadChars, which rankedPlace
// looks for before it reads the sentence.
func TestRankedLeadsHoldALeadChar(t *testing.T) {
	for _, w := range append(append([]string{}, rankedPlaceLeads...), nextPlaceLeads...) {
		if !containsAny(w, rankedLeadChars) {
			t.Errorf("%s holds none of %v", w, rankedLeadChars)
		}
	}
}

// Every plan word holds 计划, which inYearPlanGroup looks for first.
func TestPlanGroupWordsHoldJihua(t *testing.T) {
	for _, w := range planGroupWords {
		if !strings.Contains(w, "计划") {
			t.Errorf("%s lacks 计划", w)
		}
	}
}
