package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A place picked out by an ordinal and 是 (第三是洞口县) owns what follows,
// as one picked out by 其次是 does.
func TestOrdinalPicksOwner(t *testing.T) {
	checkRegions(t, []regionCase{
		{"邵阳 GDP levels", "邵阳县区上半年GDP\n从邵阳12个县区来看,上半年GDP数据最高的是邵东市,为326亿元;其次是隆回县,GDP119亿元,第三是洞口县,GDP为94.26亿元;第四是大祥区,GDP94.08亿元;第五是邵阳县,GDP89.60亿元;\n",
			[][2]string{{"326亿元", "邵东市"}, {"119亿元", "隆回县"}, {"第三", "洞口县"}, {"94.26亿元", "洞口县"}, {"第四", "大祥区"}, {"94.08亿元", "大祥区"}, {"第五", "邵阳县"}, {"89.60亿元", "邵阳县"}}},
		{"邵阳 GDP growth", "邵阳县区上半年GDP\n再从GDP增速来看,排名第一的是大祥区,增速12.7%;其次是隆回,增速12.4%;第三是邵东市,增速12.2%。GDP增速最慢的是新宁县,增速为7.3%;倒数第二的是北塔区,增速8.1%;倒数第三是绥宁县,增速8.5%。\n",
			[][2]string{{"12.7%", "大祥区"}, {"第三", "邵东市"}, {"12.2%", "邵东市"}, {"7.3%", "新宁县"}, {"8.1%", "北塔区"}, {"第三", "绥宁县"}, {"8.5%", "绥宁县"}}},
	})
	for _, c := range []struct {
		before string
		want   bool
	}{{"第三是", true}, {"倒数第三是", true}, {"第12位是", true}, {"第四名为", true}, {"主要是", false}, {"第是", false}, {"增速为", false}} {
		if got := ordinalOwner(c.before); got != c.want {
			t.Errorf("ordinalOwner(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}

// An ordinal linked by 是 to a place is a rank; one numbering a point of a
// speech (第三是加强…) is not a figure at all.
func TestOrdinalBeforePlaceRanks(t *testing.T) {
	text := "工作安排\n今年重点抓好三件事:第一是稳增长,第二是调结构,第三是惠民生。从GDP来看,最高的是邵东市,为326亿元;第三是洞口县,GDP为94.26亿元。\n"
	ranks := 0
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if f.Kind == Rank {
			ranks++
			if f.Region != "洞口县" || f.Value != 3 {
				t.Errorf("rank %s region %q", f.Text, f.Region)
			}
		}
	}
	if ranks != 1 {
		t.Errorf("%d ranks, want 1 (第三是洞口县 only)", ranks)
	}
}
