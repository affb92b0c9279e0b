package figure

import "testing"

// A rank written with a bare attribute (增速, 总量) ranks the indicator
// before it; where it is ranked and with whom it ties name nothing.
func TestRankBareAttribute(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "西山区地区生产总值为769.36亿元，同比增长1.6%，增速在主城区排名第三位。", fig: "第三位", name: "地区生产总值增速", kind: Rank},
		{text: "固定资产投资211.89亿元，增长5.8%，增速在东部市县排名第一。", fig: "第一", name: "固定资产投资增速", kind: Rank},
		{text: "完成固定资产投资1068亿元，居全省县域第4位、与去年同期位次持平，增长17.7%、增速与烟台并列第11位。", fig: "第11位", name: "固定资产投资增速", kind: Rank},
		{text: "全市县域实现地区生产总值1850.4亿元，居全省县域第4位、与去年同期位次持平，增长10.3%、与威海并列第5位。", fig: "第5位", name: "地区生产总值", kind: Rank},
		// the count of those ranked among is no figure, nor what is ranked
		{text: "地区生产总值达到556.4亿元，总量在全省91个县(市)中继续排名第一。", fig: "第一", name: "地区生产总值", kind: Rank},
		// 总量 ranks the amount, not the increase or the share written after it
		{text: "1至8月，全县公共财政收入完成46206万元，同比增长15.7%，增收6253万元，总量居全市第二位。", fig: "第二位", name: "公共财政收入", kind: Rank},
		{text: "战略性新兴产业总产值达143.5亿元，同比增长51.2%，占全县规上工业总产值的25.9%，比上年同期提高8.4个百分点，在市属五县(市)中，总量首次超过肥东县，跃居第一。", fig: "第一", name: "战略性新兴产业总产值", kind: Rank},
		{text: "实现增加值131.3亿元，同比增长16.2%，在五县(市)中总量及增速均居第一。", fig: "第一", name: "增加值总量及增速", kind: Rank},
	})
	figs := Extract(testArticle("地区生产总值达到556.4亿元，总量在全省91个县(市)中继续排名第一。", "", 0))
	for _, f := range figs {
		if f.Text == "91个" {
			t.Errorf("91个 counts those ranked among, got a figure named %q", f.Name)
		}
	}
}

// A rank of the indicators a count points back at is theirs.
func TestRankReferred(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全年接待游客150.64万人次，实现旅游收入9.11亿元，两项指标均排名全市第一。", fig: "第一", name: "接待游客、旅游收入", kind: Rank},
	})
}

// A rank's move (由第八位跃升到第四位) ranks one indicator at both ends.
func TestRankFromTo(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "市本级地方级财政收入完成17.5亿元，增长44.6%，实现两年翻番，其总量由全省第八位跃升到第四位。", fig: "第八位", name: "市本级地方级财政收入", kind: Rank},
		{text: "市本级地方级财政收入完成17.5亿元，增长44.6%，实现两年翻番，其总量由全省第八位跃升到第四位。", fig: "第四位", name: "市本级地方级财政收入", kind: Rank},
		{text: "规上工业增加值增长8.5%，增速由全市第五位上升至第二位。", fig: "第二位", name: "规上工业增加值增速", kind: Rank},
	})
}
