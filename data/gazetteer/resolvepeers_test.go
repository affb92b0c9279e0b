package gazetteer

import "testing"

// A name shared by a prefecture and its seat (玉树州 and 玉树市, 恩施州 and
// 恩施市) listed among the prefecture's peers is the prefecture; listed
// among the seat's peers, or with the seat named, it stays as the text
// supports.
func TestResolveKinAmongPeers(t *testing.T) {
	g := gaz(t)
	checkResolves(t, g, []resolveCase{
		{"青海省海北、海南、黄南、果洛、玉树五州牧民人均可支配收入均增长7%以上。", "玉树", "632700"},
		{"青海省玉树市城镇居民人均可支配收入增长6.2%,玉树城区面积扩大。", "玉树", "632701"},
		{"湖北省武汉、宜昌、恩施等市州地区生产总值均实现增长。", "恩施", "422800"},
	})
}

// A name shared by a prefecture and one of its counties (红河州 and 红河县,
// 甘孜州 and 甘孜县), listed among that prefecture's counties, is the
// county; written alone it is left to the other rules.
func TestResolveListedChild(t *testing.T) {
	g := gaz(t)
	checkResolves(t, g, []resolveCase{
		{"红河州建水、石屏、元阳、红河、绿春五县接待游客增长18%。", "红河", "532529"},
		{"甘孜州炉霍、甘孜、新龙三县牧民人均可支配收入增长8.6%。", "甘孜", "513328"},
		{"红河实现地区生产总值增长5%,蒙自增长6%。", "红河", "532500"},
	})
}
