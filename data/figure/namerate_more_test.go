package figure

import "testing"

// Rates named in a city round-up (d09, 甘肃 前三季度): a judged rate keeps
// the indicator it names, and the ranks before a 分别 list of rates are no
// subjects of those rates.
func TestNamesRatesOfCities(t *testing.T) {
	const ranks = "从增速来看,11城GDP增速超全省平均水平。其中,金昌GDP增速最高达8.9%。酒泉、定西排名第二和第三,GDP增速分别为4.6%、4.0%。"
	checkFields(t, []fieldCase{
		{text: ranks, fig: "8.9%", name: "GDP增速"},
		{text: ranks, fig: "4.6%", name: "GDP增速"},
		{text: ranks, fig: "4.0%", name: "GDP增速"},
	})
}

// A rate after a semicolon and a clause of its own (临泉, k03) is that
// clause's subject's, not the figure's before the semicolon.
func TestNamesAfterSemicolon(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "与上年同期相比,二产投资占比提高11.2个百分点;工业投资增势强劲,同比增长81.9%;新兴领域投资继续壮大。", fig: "81.9%", name: "工业投资"},
	})
}
