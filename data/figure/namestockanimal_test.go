package figure

import "testing"

// Turnover written by its verb alone after the animal's stock is that
// animal's (two district bulletins of 2021, 河南 and 陕西).
func TestAnimalOfStock(t *testing.T) {
	hubin := "全年生猪存栏50500头，下降3.7%，出栏68700头，增长27.9%；羊存栏12600只，增长3.3%，出栏24000只，增长2.1%。"
	checkFields(t, []fieldCase{
		{text: hubin, fig: "68700头", name: "生猪出栏"},
		{text: hubin, fig: "27.9%", name: "生猪出栏"},
		{text: hubin, fig: "24000只", name: "羊出栏"},
		{text: "牛存栏0.83万头，同比增长7.9%，出栏0.40万头，同比增长14.9%。", fig: "0.40万头", name: "牛出栏"},
	})
}
