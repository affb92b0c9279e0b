package figure

import "testing"

// 城、乡 lists the two members of 城乡 by their first characters, as
// county bulletins write 城、乡居民人均可支配收入: the members are 城镇居民… and
// 农村居民…, as for 城乡居民…分别; 县城、乡镇 is a list of two other words.
func TestNamesCityCountryInitials(t *testing.T) {
	const income = "全年城、乡居民人均可支配收入分别为42000元、21000元,分别增长5.2%、6.8%。"
	checkFields(t, []fieldCase{
		{text: income, fig: "42000元", name: "城镇居民人均可支配收入"},
		{text: income, fig: "21000元", name: "农村居民人均可支配收入"},
		{text: income, fig: "6.8%", name: "农村居民人均可支配收入"},
		{text: "城、乡居民人均可支配收入分别增长5.6%和7.9%。", fig: "5.6%", name: "城镇居民人均可支配收入"},
		{text: "县城、乡镇污水处理率分别达到95%、80%。", fig: "80%", name: "乡镇污水处理率"},
	})
}
