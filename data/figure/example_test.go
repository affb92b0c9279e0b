package figure_test

import (
	"fmt"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

func ExampleExtract() {
	a := corpus.Parse("report.txt", []byte("2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。一般公共预算收入完成8.6亿元，增速排名全市第一。"))
	a.Region, a.City, a.Year = "马村区", "焦作市", 2024
	for _, f := range figure.Extract(a) {
		text := f.Text
		if f.Derived {
			text = "(derived: " + f.DerivedFrom + ")"
		}
		line := fmt.Sprintf("%s %s %s %s %d %s", text, f.Kind, f.Name, f.Region, *f.Year, f.RankScope)
		fmt.Println(strings.TrimSpace(line))
	}
	// Output:
	// (derived: 5.0% − 1.2 pp (1.2个百分点) = 3.8% in 2023) growth 地区生产总值 (上年) 马村区 2023
	// 5.0% growth 地区生产总值 马村区 2024
	// 1.2个百分点 pp_change 地区生产总值 马村区 2024
	// 8.6亿元 level 一般公共预算收入 马村区 2024
	// 第一 rank 一般公共预算收入增速 马村区 2024 全市
}

func ExampleCanonicalName() {
	fmt.Println(figure.CanonicalName("规模以上工业增加值"), figure.CanonicalName("规上工业增加值增速"))
	// Output: 规上工业增加值 规上工业增加值
}
