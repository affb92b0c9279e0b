package figure

import "testing"

// 比增 and 比降 shorten 比上年增长 and 比上年下降.
func TestGrowthBiZeng(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "上半年，实现生产总值33.74亿元，比增9.2%，增速排位全市第8；第三产业增加值14.61亿元，比增9.8%。", fig: "9.2%", name: "生产总值", kind: Growth},
		{text: "上半年，实现生产总值33.74亿元，比增9.2%，增速排位全市第8；第三产业增加值14.61亿元，比增9.8%。", fig: "9.8%", name: "第三产业增加值", kind: Growth},
		{text: "全年进出口总额12.5亿元，比降3.1%。", fig: "3.1%", kind: Growth},
	})
}

// 尤其 alone opens a clause as 尤其是 does.
func TestYouqiOpening(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "1-6月，工业投资3.49亿元，比增121.7%，增速排位全市第6，尤其工业技改投资完成3.3亿元，增速排位全市第2。", fig: "3.3亿元", name: "工业技改投资"},
	})
}
