package figure

import "testing"

// A share after a semicolon belongs to the clause that announces it
// (加工贸易出口比重提高，占全市出口比重的65.8% in a city's 上半年 trade news),
// not to the figure before the semicolon; 占比提高… after it is the same
// share again, not 比重占比.
func TestNamesShareAfterSemicolon(t *testing.T) {
	const trade = "船舶出口净增7.9亿美元,拉动全市出口增长6.4个百分点;加工贸易出口比重提高,占全市出口比重的65.8%,占比提高2.5个百分点。"
	checkFields(t, []fieldCase{
		{text: trade, fig: "65.8%", name: "加工贸易出口占全市出口比重"},
		{text: trade, fig: "2.5个百分点", name: "加工贸易出口占全市出口比重"},
	})
}
