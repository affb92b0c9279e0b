package quantity_test

import (
	"fmt"
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

func ExampleFind() {
	text := "24个省、市重点项目完成投 资 121.7 亿 元，占年度计划的131%，全区市场主体突破8500户。"
	for _, q := range quantity.Find(text) {
		line := fmt.Sprintf("%q %v %s = %v %s (%s) %s", q.Text, q.Value, q.Unit, q.NormValue, q.NormUnit, q.Kind, q.Qualifier)
		fmt.Println(strings.TrimSpace(line))
	}
	// Output:
	// "24个" 24 个 = 24 个 (count)
	// "121.7 亿 元" 121.7 亿元 = 1.217e+10 元 (level)
	// "131%" 131 % = 131 % (percent)
	// "8500户" 8500 户 = 8500 户 (count) 突破
}
