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
