package figure

import "testing"

// 占地区生产总值的比重 after the part's own value: 占地区 is no place
// (五台县 2021 bulletin, dev c10; a city's private-economy review).
func TestShareOfAreaWhole(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "其中,第一产业增加值7.6亿元,增长10.1%,占地区生产总值比重为12.3%。", fig: "12.3%", name: "第一产业增加值占地区生产总值比重"},
		{text: "2023年，全市民营经济增加值1234亿元，占地区生产总值的比重为48.9%。", fig: "48.9%", name: "民营经济增加值占地区生产总值比重"},
		// a real two-character district still opens a clause as its place
		{text: "2023年，金水区地区生产总值增长6.1%。", fig: "6.1%", name: "地区生产总值"},
	})
}
