package figure

import "testing"

// The group compared (各县市区, 各县(市、区)) is the scope of a rank or of
// each member's rate, not part of what is measured (i05 六安市 2024 1-6月).
func TestEachLeadDropped(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "各县(市、区)规上工业增加值增速排名中,我县居第3位。", fig: "第3位", name: "规上工业增加值增速排名", kind: Rank},
		{text: "各县区亿元以上新签约项目开工率:霍山县94.1%、金寨县68.9%。", fig: "94.1%", name: "亿元以上新签约项目开工率", kind: Share},
	})
	if got := dropEachLead("各市场主体"); got != "各市场主体" {
		t.Errorf("各市场主体: %q", got)
	}
}
