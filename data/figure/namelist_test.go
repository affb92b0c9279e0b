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
