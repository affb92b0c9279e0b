package figure

import "strings"

// productOutputCues announce a sentence of products each named alone
// (从主要工业品产量看，纱增长31.6%，精制茶增长23.9%; 多种主要工业产品产量大
// 幅增长，其中：变压器…): what each number after them in the sentence
// measures is the product's output.
var productOutputCues = []string{"品产量", "分产品看"}

// measuredEnds end a name that says what it measures already (发电量,
// 产值, 销售额, 合格率).
var measuredEnds = []string{"量", "值", "额", "率", "数", "价", "收入", "指数", "产能", "面积"}

// producerEnds end the name of who produces, not of a product (其中，县属
// 企业完成1094.2万吨 is the county firms' share of the output before).
var producerEnds = []string{"企业", "公司", "单位", "煤矿", "厂", "集团"}

// productOutput: see productOutputCues; 纱 is 纱产量.
func (c *naming) productOutput() bool {
	if c.f.Kind != Growth && c.f.Kind != Physical || c.n == "" || runeLen(c.n) > 10 || hasSuffixAny(c.n, measuredEnds) ||
		hasSuffixAny(c.n, producerEnds) || hasVerb(c.n) {
		return false
	}
	before := c.x.s[c.x.sentStart:c.q.Start]
	k := -1
	for _, w := range productOutputCues {
		k = max(k, strings.LastIndex(before, w))
	}
	if k < 0 {
		return false
	}
	c.n += "产量"
	return true
}
