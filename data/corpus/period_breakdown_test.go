package corpus

import "testing"

// A bulletin of a year that lists its quarters (分季度看,一季度…) covers the
// whole year: the first quarter listed is not the release's period (o01),
// while a release that opens with its quarter keeps it.
func TestBreakdownIsNotTheReleasePeriod(t *testing.T) {
	cases := []struct {
		text   string
		period string
	}{
		{"和田地区2021年国民经济和社会发展统计公报\n\n一、综合\n\n根据自治区统一核算结果,全年实现地区生产总值456.72亿元,比上年增长6.6%,两年平均增长6.0%。分季度看,一季度地区生产总值同比增长9.7%,上半年增长8.2%,前三季度增长8.5%,全年增长6.6%。全年人均地区生产总值18235元,比上年增长6.6%。\n\n2021年城镇新增就业2.59万人。\n", ""},
		{"——2021年某区经济形势分析\n\n2021年,面对复杂严峻的国际环境,全区上下坚持稳中求进工作总基调。\n\n根据地区生产总值统一核算结果,2021年全区实现生产总值752.14亿元,比上年增长6.2%。从增长走势来看,一季度、上半年、前三季度和全年GDP增速分别为18.8%、9.6%、8.7%和6.2%。\n", ""},
		{"今年以来,全省深入贯彻党的二十届三中全会精神,坚持稳中求进工作总基调。\n根据地区生产总值统一核算结果,一季度全省实现地区生产总值7490.99亿元,按不变价格计算,同比增长4.3%。\n", "Q1"},
	}
	for _, c := range cases {
		if a := Parse("t.txt", []byte(c.text)); a.Period != c.period {
			t.Errorf("Parse(%.40q…): period %q, want %q", c.text, a.Period, c.period)
		}
	}
}

// A monthly release whose lead names its month and whose figures open with
// the months to date covers the months to date (m06, m07); one whose
// figures are of the month keeps the month.
func TestMonthlyReleaseCoversTheYearToDate(t *testing.T) {
	cases := []struct {
		text   string
		period string
	}{
		{"8月份,全区上下坚持稳中求进工作总基调,经济运行总体平稳。\n一、工业生产平稳增长\n1-8月,全区规上工业增加值同比增长5.2%。\n", "M1-M8"},
		{"3月份,全县经济运行稳中有进。\n一、工业\n1-3月,全县规上工业增加值同比增长6.1%。\n", "Q1"},
		{"8月份,全市居民消费价格同比上涨0.6%。\n其中,食品价格上涨1.2%,1-8月平均上涨0.3%。\n", "M8"},
	}
	for _, c := range cases {
		if a := Parse("t.txt", []byte(c.text)); a.Period != c.period {
			t.Errorf("Parse(%.40q…): period %q, want %q", c.text, a.Period, c.period)
		}
	}
}
