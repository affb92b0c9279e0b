package figure

import "testing"

// Work reports rank a place in a contest or an appraisal (霍邱县's 2024
// report, 芜湖经开区's news, a 湖南 county's report): the rank is of the
// contest (…激励评比, …综合考评), whose 评比 holds no comparison; a
// one-off income left out (剔除一次性特殊收入因素影响) is how a figure was
// computed; 累计 after what is counted is how much they did.
func TestNamesContestRank(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "一季度在全市“扩投资增动能赶超发展”激励评比中勇夺“季度流动红旗”第一名。", fig: "第一名", name: "扩投资增动能赶超发展激励评比"},
		{text: "在2021年度全国217家国家级开发区综合考评中位列第13位,在全省126家省级以上开发区综合考评中位列第3位。", fig: "第3位", name: "省级以上开发区综合考评"},
		{text: "三季度“贯彻二十大 锚定新目标 奋力闯创干”活动综合评比排名全市第二。", fig: "第二", name: "奋力闯创干活动综合评比"},
		{text: "我市上半年新签约项目293个,招商引资工作在全省市州排名第三位。", fig: "第三位", name: "招商引资工作"},
		{text: "全市地区生产总值同比增长7%,一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%。", fig: "2.7%", name: "一般公共预算收入"},
		{text: "纳入监测的25家重点景区累计接待游客698.69万人次,同比增长15.2%。", fig: "25家", name: "重点景区"},
	})
}
