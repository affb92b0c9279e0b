package figure

import "testing"

// An indicator written bare (增加值, 产值) after a clause that opens on an
// industry and holds no figure is that industry's (a city's 前7个月 news;
// 青海's 1-2月 industry report); a list of industries gives each its own,
// the members sharing the industry word the last writes (装备和高技术制造业),
// and a list of multiples after 分别 is one list like a list of percents.
func TestNamesIndustryOfClauseBefore(t *testing.T) {
	const qinghai = "全省装备和高技术制造业持续保持三位数快速增长态热,对全省工业增长带动作用进一步增强,增加值同比分别增长1.5倍、1.3倍,快于全部规上工业136.3和111.0个百分点。"
	const shaoxing = "增加值总量前十行业增速呈现“八正两负”,其中专用设备制造业、计算机通信和其他电子设备制造业、纺织业、电气机械和器材制造业持续保持较快发展势头,增加值分别增长33.0%、31.3%、16.7%、12.5%。"
	checkFields(t, []fieldCase{
		{text: "全市规模以上工业基本面进一步修复,增加值同比增长6.2%,高于全省平均水平0.8个百分点。", fig: "6.2%", name: "规模以上工业增加值"},
		{text: "汽车产业加快发展,产值增长20.5%。", fig: "20.5%", name: "汽车产业产值"},
		{text: qinghai, fig: "1.5倍", name: "装备制造业增加值"},
		{text: qinghai, fig: "1.3倍", name: "高技术制造业增加值"},
		{text: qinghai, fig: "136.3", name: "装备制造业增加值"},
		{text: shaoxing, fig: "16.7%", name: "纺织业增加值"},
		{text: shaoxing, fig: "12.5%", name: "电气机械和器材制造业增加值"},
		{text: "装备制造业和高技术制造业增加值分别增长1.5倍、1.3倍。", fig: "1.3倍", name: "高技术制造业增加值"},
		// a heading over the sentence is no subject
		{text: "三、工业和建筑业\n2022年全年工业增加值比上年增长6.3%。", fig: "6.3%", name: "工业增加值"},
	})
}

// A class of goods the clause before opens on names a bare 零售额 (常州's
// 2015 上半年 consumer market: 汽车类商品稳定增长，实现零售额175.8亿元).
func TestNamesGoodsOfClauseBefore(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "汽车类商品稳定增长,实现零售额175.8亿元,增长10.5%。", fig: "175.8亿元", name: "汽车类零售额"},
		{text: "石油及制品类商品有所回落,实现零售额46.0亿元,下降1.7%。", fig: "1.7%", name: "石油及制品类零售额"},
	})
	if g := goodsOpening("各类商品涨跌互现"); g != "" {
		t.Errorf("goodsOpening(各类商品…) = %q", g)
	}
}
