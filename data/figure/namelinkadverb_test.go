package figure

import "testing"

// 共 before the dropped 完成/实现 goes with the verb (铜陵 郊区 1-6月 brief;
// 浔阳区 2011 work report i06).
func TestDropLinkAdverb(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "住宿餐饮业稳定增长。1-6月，限上住宿餐饮企业共完成营业额同比增长24.8%，增速高于去年同期9.4个百分点。", fig: "24.8%", name: "限上住宿餐饮企业营业额"},
		{text: "全年一般公共预算收入完成5.2亿元。", fig: "5.2亿元", name: "一般公共预算收入"},
	})
}
