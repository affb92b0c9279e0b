package compare_test

import (
	"fmt"

	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/figure"
)

// Two reports give 马村区's 2024 growth differently; the cell keeps both,
// each with its report.
func ExampleBuild() {
	y := 2024
	fig := func(doc string, v float64, name string) compare.Input {
		return compare.Input{Figure: figure.Figure{Doc: doc, Start: 10, End: 14, Value: v, Unit: "%", NormValue: v, NormUnit: "%",
			Kind: figure.Growth, Name: name, Region: "马村区", RegionCode: "410804", Year: &y}, Signed: v}
	}
	in := []compare.Input{fig("快报.txt", 5.0, "地区生产总值"), fig("公报.txt", 5.2, "GDP"), fig("报告.txt", 5.0, "生产总值")}
	t, err := compare.Build(in, compare.Query{Indicator: "地区生产总值", Kind: figure.Growth})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range t.Rows() {
		fmt.Println(r.Place, r.Year, r.Value, r.Unit, r.Conflict, len(r.Sources), "reports, first", r.Doc)
	}
	// Output:
	// 马村区 2024 5 % true 2 reports, first 快报.txt
	// 马村区 2024 5.2 % true 1 reports, first 公报.txt
}
