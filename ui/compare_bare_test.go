package ui

import (
	"testing"
)

// The Compare tab's indicator list offers names that label a measure:
// not 企业 or 项目, whose columns would set unrelated counts side by side
// (3 firms honoured beside 800 firms visited), and not typed either.
func TestCompareOffersNoBareNames(t *testing.T) {
	_, ct := openCompare(t)
	for _, o := range ct.offered {
		if name := optionName(o); name == "企业" || name == "项目" || name == "总投资" {
			t.Errorf("the indicator list offers %q", o)
		}
	}
	ct.indicator.SetText("企业")
	if len(ct.kind.Options) != 0 && ct.current.Indicator == "企业" {
		t.Errorf("typing 企业 compares it: kinds %v", ct.kind.Options)
	}
}
