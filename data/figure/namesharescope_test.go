package figure

import "testing"

// The scope (全县) and year opening a share's part do not count toward the
// length a full share name may have: the region and year fields say them
// (county bulletins: 2022年全县…占…的比重).
func TestShareNameScopeOff(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "2022年全县第三产业增加值占地区生产总值的比重为46.5%。", fig: "46.5%", name: "第三产业增加值占地区生产总值比重"},
		{text: "2022年全县居民食品消费支出占消费总支出的比重为26.53%。", fig: "26.53%", name: "居民食品消费支出占消费总支出比重"},
		{text: "2023年第三产业增加值占GDP的比重为46.5%。", fig: "46.5%", name: "第三产业增加值占GDP比重"},
	})
}
