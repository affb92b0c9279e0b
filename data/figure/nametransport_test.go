package figure

import "testing"

// Transport work is measured in 吨公里 and 人公里 (bulletins' 交通运输
// sections: 神农架林区 2017, 郴州 1-9月): 万人公里 counts no people, and the
// 公里 left over named the figure.
func TestTransportWorkUnits(t *testing.T) {
	s := "2017年，全区完成货物周转量114912万吨公里，比上年增长1.3%；旅客周转量21749万人公里，同比持平。"
	checkFields(t, []fieldCase{
		{text: s, fig: "114912万吨公里", name: "货物周转量", kind: Physical},
		{text: s, fig: "21749万人公里", name: "旅客周转量", kind: Physical},
	})
}

// A heading numbered in digits (2、水运增速较快) on a line of its own names
// no figure of the lines below, as 二、 headings do not.
func TestDigitNumberedHeading(t *testing.T) {
	s := "1-9月全市运输业增长。\n2、水运增速较快\n1-9月累计完成水路货物周转量1.04亿吨公里，同比增长21.6%。"
	checkFields(t, []fieldCase{
		{text: s, fig: "21.6%", name: "水路货物周转量"},
	})
}
