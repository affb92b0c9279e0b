package corpus

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The month window finds what the month patterns find in the whole text.
func TestMonthWindowMatchesWhole(t *testing.T) {
	texts := []string{
		"1-5月，全县规模以上工业增加值同比增长7.5%，增速居全市第二位。",
		"今年以来，全市经济运行总体平稳，1至5月固定资产投资增长6.1%，其中5月份增长9.9%；截至5月末，金融机构存款余额1200亿元，比年初增加80亿元",
		"前5个月，社会消费品零售总额增长8.1%，首10个月出口增长3%，截止2024年 6 月 30 日，全县市场主体达5万户。",
		"补贴3000元至9月底，元至9月累计发放，十一月末余额，１－５月，一至五月份，2018年元至9月。",
		"截至 2023年12月31日，全区常住人口32万人，3月 末 存款，6月份末，到9月底",
		"上半年增长5%，没有月份的话也行",
		"\xe5月\x88至5月 ,\xe6\x9c",
		"月",
	}
	pats := []*regexp.Regexp{monthRange, monthEnd, firstMonths, monthLastDay}
	for _, s := range texts {
		for _, re := range pats {
			got, want := newMonthWindow(s, strings.Contains(s, "月")).matches(re), re.FindAllStringSubmatchIndex(s, -1)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%v in %q: %v, want %v", re, s, got, want)
			}
		}
	}
}
