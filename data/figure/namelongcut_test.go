package figure

import "testing"

// A long name opened by the scope of its units is kept whole (清远市 2024
// 1-4月 retail brief).
func TestLongNameQualified(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "1-4月,限额以上单位石油及制品类商品零售额20.68亿元,同比下降24%。", fig: "20.68亿元", name: "限额以上单位石油及制品类商品零售额", kind: Level},
	})
}
