package figure

import "testing"

// A numbered heading written on the line of its section's first sentence,
// a space after it (环县's 2011 统计公报: 八、教育、文化和卫生、体育 年末共有…),
// is no part of the first figure's name; the heading's own spaces (一、综
// 合) do not end it.
func TestNamesAfterInlineHeading(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "八、教育、文化和卫生、体育 年末共有各级各类学校389所,其中:高级中学1所。", fig: "389所", name: "各级各类学校"},
		{text: "一、综  合 全年地区生产总值120亿元,增长6.1%。", fig: "120亿元", name: "地区生产总值"},
	})
	if inlineHeading("一、综") || !inlineHeading("一、综  合") {
		t.Error("inlineHeading: a heading's own spaces")
	}
}
