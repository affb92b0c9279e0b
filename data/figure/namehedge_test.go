package figure

import "testing"

// A hedge before the link verb is no part of the name (邵阳 county-economy
// news, dev q08; forecasts in work reports).
func TestHedgeAdverbsOffName(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "祁阳市的GDP曾长期排名永州第一。", fig: "第一", name: "GDP"},
		{text: "2021年上半年，邵东市GDP为326.5亿元，全年有可能达到700亿元。", fig: "700亿元", name: "GDP"},
		{text: "全年地区生产总值有望突破500亿元。", fig: "500亿元", name: "地区生产总值"},
		// 中长期 is a term of loans, kept
		{text: "住户中长期贷款增加120亿元。", fig: "120亿元", name: "住户中长期贷款"},
	})
}
