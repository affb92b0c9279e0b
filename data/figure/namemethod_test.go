package figure

import "testing"

// 现价 says how a figure was computed (at current prices), as 可比价 does:
// the growth is of the value before (福安 work report, slice l, l07).
func TestNamesCurrentPrices(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "规上工业总产值1818亿元,现价增长24.2%。工业用电量89亿千瓦时,增长10.3%。", fig: "24.2%", name: "规上工业总产值", kind: Growth},
	})
}
