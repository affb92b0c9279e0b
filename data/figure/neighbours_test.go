package figure

import "testing"

// A city's profile names its neighbours and the far ends of its distances
// (东连伊宁县, 西邻霍城县, 距乌鲁木齐市…509千米, 东北至塔城市…830千米): they
// are where 伊宁市 lies, not surveyed peers, and its figures are its own.
func TestNeighboursNotPeers(t *testing.T) {
	checkRegions(t, []regionCase{{
		name: "伊宁市概况",
		text: "伊宁市位于祖国新疆西北边陲,地处伊犁河谷盆地中央。东连伊宁县,西邻霍城县,南濒伊犁河与察布查尔锡伯族自治县隔河相望,北依科古尔琴山。" +
			"距乌鲁木齐市航空里程509千米,铁路里程614千米,公路里程702千米。东北至塔城市公路里程830千米,至阿勒泰市公路里程989千米。" +
			"伊宁市市域行政辖区总面积644.01平方公里,截止2020年末,建成区面积122平方公里。2019年,伊宁市实现生产总值272.9亿元,较上年增长6.6%。\n",
		want: [][2]string{
			{"509千米", "伊宁市"},
			{"830千米", "伊宁市"},
			{"644.01平方公里", "伊宁市"},
			{"272.9亿元", "伊宁市"},
		},
	}})
}
