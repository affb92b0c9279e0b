package figure

import "testing"

// A bare 增速 after a clause that wrote the indicator's 增速 is that
// indicator's (a 2021 news item ranking a city's counties by GDP growth).
func TestRateOwnerBefore(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "再从GDP增速来看,排名第一的是大祥区,增速12.7%;其次是隆回,增速12.4%。", fig: "12.7%", name: "GDP增速", kind: Growth},
		{text: "再从GDP增速来看,排名第一的是大祥区,增速12.7%;其次是隆回,增速12.4%。", fig: "12.4%", name: "GDP增速", kind: Growth},
		{text: "GDP增速最慢的是新宁县,增速为7.3%;倒数第二的是北塔区,增速8.1%。", fig: "7.3%", name: "GDP增速", kind: Growth},
	})
}

// A rank held by the place after 的是 ranks what the 从…来看 before names.
func TestRankOfViewpoint(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "再从GDP增速来看,排名第一的是大祥区,增速12.7%。", fig: "第一", name: "GDP增速", kind: Rank},
	})
	if got := dropView("从业人员"); got != "从业人员" {
		t.Errorf("dropView(从业人员) = %s", got)
	}
}
