package figure

import "testing"

// The whole a part is picked from, written before 中 without a comma (a
// county bulletin's 在总人口中男性人口为278098人), is no part of the part's
// name; 中 opening a word (中小企业) stays.
func TestNamesScopeLead(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "在总人口中男性人口为278098人,占总人口的52.1%。", fig: "278098人", name: "男性人口"},
		{text: "在总人口中男性人口为278098人,占总人口的52.1%。", fig: "52.1%", name: "男性人口占总人口比重"},
	})
	if got := dropScopeLead("规上工业中小企业"); got != "规上工业中小企业" {
		t.Errorf("dropScopeLead(规上工业中小企业) = %q", got)
	}
}
