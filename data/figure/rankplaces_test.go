package figure

import "testing"

// A rank's move may be counted in places (位次, 名次) as well as written N位
// (济宁 县域 2023 news: 较去年同期上升3个位次): a rank, not a count of things.
func TestRankMoveInPlaces(t *testing.T) {
	const jining = "全市县域实现地区生产总值1850.4亿元,增长10.3%、与威海并列第5位,较去年同期上升3个位次;实现公共财政预算收入160亿元。"
	checkFields(t, []fieldCase{
		{text: jining, fig: "3个", kind: Rank, name: "地区生产总值"},
		{text: "全国排名提升12位。", fig: "12位", kind: Rank},
		{text: "全年新建村级活动场所3个,位次靠前。", fig: "3个", kind: Count},
	})
}
