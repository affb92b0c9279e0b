package figure

import "testing"

// A member that ends in a character of a link verb keeps it.
func TestMemberEndingInLinkVerb(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "从重点行业看，钢铁行业产值268.3亿元、增长12.5%，化工、医药、家居分别实现产值156.2亿元、28.3亿元、39亿元，分别下降9%、26.3%、3.9%。", fig: "39亿元", name: "家居产值"},
		{text: "从重点行业看，钢铁行业产值268.3亿元、增长12.5%，化工、医药、家居分别实现产值156.2亿元、28.3亿元、39亿元，分别下降9%、26.3%、3.9%。", fig: "3.9%", name: "家居产值"},
	})
}
