package figure

import (
	"strings"
	"testing"
)

// The cheap tests that skip a search rest on what the word lists hold:
// fromToLink looks for 到 or 至 before its verbs, the plan readers for 五
// before a plan's name. A word added against them would be missed.
func TestPrechecksHoldForTheirWords(t *testing.T) {
	for _, v := range toVerbs {
		if !strings.HasSuffix(v, "到") && !strings.HasSuffix(v, "至") {
			t.Errorf("toVerbs %q ends in neither 到 nor 至 (fromToLink's pre-check)", v)
		}
	}
	for _, p := range planEnds {
		if !strings.HasSuffix(p.name, "五") {
			t.Errorf("planEnds %q does not end in 五 (planEndIn's and planSpanIn's pre-check)", p.name)
		}
	}
	if !fromToLink("提高到") || fromToLink("提高了") {
		t.Error("fromToLink")
	}
}
