package figure

import "testing"

// 三次产业贡献率分别为…，分别拉动经济增长… — each pull is its industry's,
// not its contribution rate's (a 2021 district bulletin of 河北).
func TestPullOfContributionMember(t *testing.T) {
	s := "从产业结构来看，三次产业结构为22.8:34.5:42.7，三次产业贡献率分别为25%、35.8%、39.7%，分别拉动经济增长1.64个百分点、2.4个百分点和2.66个百分点。"
	checkFields(t, []fieldCase{
		{text: s, fig: "35.8%", name: "第二产业贡献率"},
		{text: s, fig: "1.64个百分点", name: "第一产业拉动经济增长"},
		{text: s, fig: "2.66个百分点", name: "第三产业拉动经济增长"},
	})
}
