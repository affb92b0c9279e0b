package figure

import "testing"

// A rank of a bare 总值 (宜宾's trade news) ranks the amount named before it
// in the sentence.
func TestNamesRankOfBareTotal(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "据介绍,宜宾市1-9月外贸进出口总值同比增长71.1%,总值列全省第5位。", fig: "第5位", name: "外贸进出口总值"},
		{text: "其中,出口总值6.3亿美元,同比增长83.8%,总值列全省第6位。", fig: "第6位", name: "出口总值"},
	})
}
