package figure

import "testing"

// A list of places with their numbers after a total and 分别为 (六安's
// 招商引资 notice, slice i): each number takes the total's name, a zone
// named by its host's level (市开发区) is a place too, and 共 ("in all") is
// no part of the name (namelist.go, nametidy.go).
func TestNamesPlaceList(t *testing.T) {
	const projects = "1-6月份全市亿元以上新签约项目174个,分别为:霍山县34个、金寨县32个、裕安区27个、舒城县25个、金安区21个、霍邱县18个、市开发区14个、叶集区3个。"
	const trips = "1-6月份县区党政主要负责同志共外出招商195批次,分别为:舒城县35次、金安区33次、金寨县24次、霍山县23次、霍邱县22次、裕安区21次、市开发区19次、叶集区18次。"
	checkFields(t, []fieldCase{
		{text: projects, fig: "14个", name: "亿元以上新签约项目"},
		{text: projects, fig: "3个", name: "亿元以上新签约项目"},
		{text: trips, fig: "195批次", name: "县区党政主要负责同志外出招商"},
		{text: trips, fig: "35次", name: "县区党政主要负责同志外出招商"},
		{text: trips, fig: "18次", name: "县区党政主要负责同志外出招商"},
		// 共 inside a word stays
		{text: "全年公共预算收入完成12亿元。", fig: "12亿元", name: "公共预算收入"},
	})
}

// Members listed and counted before a 分别 clause that names nothing
// (k01, 嵩明), and a list closed by 等 and its class (k03, 临泉).
func TestNamesCountedLists(t *testing.T) {
	const k01 = "全县排前七行业中,汽车制造业、食品制造业、燃气生产和供应业三个行业增加值增势较好,分别增长89.2%、11.4%、159.4%;农副食品加工业、酒饮料和精制茶制造业、金属制品业、化学原料和化学制品制造业四个行业增幅回落,分别下降4.2%、10.5%、25.8%、30.6%。"
	checkFields(t, []fieldCase{
		{text: k01, fig: "89.2%", name: "汽车制造业增加值"},
		{text: k01, fig: "159.4%", name: "燃气生产和供应业增加值"},
		{text: k01, fig: "4.2%", name: "农副食品加工业"},
		{text: k01, fig: "25.8%", name: "金属制品业"},
		{text: "基本生活类商品销售良好,新能源汽车、智能家用电器和音像器材、智能手机等升级消费类商品分别增长280.3%、61.0%和23.9%。", fig: "23.9%", name: "智能手机"},
		{text: "限额以上单位粮油食品类、饮料类、烟酒类等商品零售额分别增长5.1%、6.2%、7.3%。", fig: "7.3%", name: "烟酒类零售额"},
	})
}

// Members a judged clause lists before a 分别 clause that names nothing
// (i02, 雅安), and the tail the last member writes after the word every
// member ends with (e09, 陕西: 国有企业和股份制企业工业总产值).
func TestNamesJudgedList(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "灾后重建的基础设施投资和民生投资项目增长也较快,分别增长88.0%和73.1%。", fig: "88.0%", name: "基础设施投资"},
		{text: "高技术制造业和装备制造业增势强劲,分别增长15.2%、12.1%。", fig: "12.1%", name: "装备制造业"},
		{text: "国有企业和股份制企业工业总产值分别增长31.8%和25.9%。", fig: "31.8%", name: "国有企业工业总产值"},
	})
}
