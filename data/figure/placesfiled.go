package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// noteFiled records whether key has been named only in datelines so far
// (新华社北京11月13日电): such a place says where the item was filed, which
// is not always what it is about.
func noteFiled(filed map[string]bool, key string, dateline bool) {
	if v, seen := filed[key]; !seen || v {
		filed[key] = dateline
	}
}

// nationalLeadMax is how far into a lead paragraph, after its dateline,
// the national statistics office may open the news (据新华社北京11月13日电
// 国家统计局13日发布的数字显示).
const nationalLeadMax = 60

// datelineEnds close a news item's dateline and the reporter's bracket
// after it.
var datelineEnds = []string{"电", "讯", "消息", "）", ")"}

// nationalLead reports whether paragraph text opens, after any dateline
// and reporter's bracket, on the national statistics office: a news item
// reporting the nation's figures (国家统计局13日发布的数字显示，10月份，全国…).
func nationalLead(text string) bool {
	text = strings.TrimSpace(text)
	for _, w := range nationalIssuers {
		k := strings.Index(text, w)
		if k < 0 || k > nationalLeadMax {
			continue
		}
		if k == 0 || hasSuffixAny(strings.TrimSpace(text[:k]), datelineEnds) {
			return true
		}
	}
	return false
}

// dropFiledElsewhere takes out of the running a place named only in
// datelines when the body names another place, not above or below it: 本报
// 北京3月5日电 over an item on 贵州 says where the reporter filed, not whose
// figures they are.
func dropFiledElsewhere(g *gazetteer.Gazetteer, score map[string]float64, filed map[string]bool) {
	for k, only := range filed {
		if !only {
			continue
		}
		for o := range score {
			if o != k && !filed[o] && score[o] > 0 && !ancestorKey(g, k, o) && !ancestorKey(g, o, k) {
				delete(score, k)
				break
			}
		}
	}
}
