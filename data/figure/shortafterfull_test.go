package figure

import "testing"

// A short form right after its place's full name (被冷水滩区超越，冷水滩常住
// 人口…) is that place again, even in a report about another city, where a
// short form run on into more words is read as a company's name.
func TestShortFormAfterFullName(t *testing.T) {
	text := "邵阳GDP\n" +
		"GDP增速最慢的是新宁县,增速为7.3%;倒数第二的是北塔区,增速8.1%;倒数第三是绥宁县,增速8.5%。\n" +
		"作为“小马拉大车”的邵阳市区的辐射能力并不强,三个市区的GDP并不高,相反,邵东市远远将三个市区拉在后头。这与临近的永州市有所不同。\n" +
		"祁阳市GDP曾长期排名永州第一,但最近两年却被冷水滩区超越,冷水滩常住人口增量达到近10万。也许未来10年,永州经济总量将会重新超越邵阳。\n"
	checkRegions(t, []regionCase{{"邵阳 commentary", text, [][2]string{{"10万", "冷水滩区"}}}})
}
