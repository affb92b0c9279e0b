package figure

import "testing"

// A rank linked by 的是 to the place after it (排名第一的是大祥区) is that
// place's, as 第二位的泸州市 is.
func TestRankLinkedToPlace(t *testing.T) {
	checkRegions(t, []regionCase{
		{"邵阳 GDP growth ranks", "邵阳县区上半年GDP\n再从GDP增速来看,排名第一的是大祥区,增速12.7%;其次是隆回,增速12.4%。GDP增速最慢的是新宁县,增速为7.3%;倒数第二的是北塔区,增速8.1%。\n",
			[][2]string{{"第一", "大祥区"}, {"12.7%", "大祥区"}, {"第二", "北塔区"}, {"8.1%", "北塔区"}}},
	})
}
