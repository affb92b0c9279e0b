package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
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

// nationalLeads are the national bodies a news item on the nation's
// figures opens on: the statistics office that publishes them, the
// National People's Congress and the State Council that set its targets.
var nationalLeads = []string{"国家统计局", "全国人民代表大会", "全国人大", "国务院"}

// nationalLead reports whether paragraph text opens, after any dateline,
// reporter's bracket and session ordinal (第十一届), on a national body: a
// news item reporting the nation's figures (国家统计局13日发布的数字显示，10月
// 份，全国…; 新华网北京3月5日电 第十一届全国人民代表大会第五次会议5日上午…开幕).
func nationalLead(text string) bool {
	text = strings.TrimSpace(text)
	for _, w := range nationalLeads {
		k := strings.Index(text, w)
		if k < 0 || k > nationalLeadMax {
			continue
		}
		before := trimRightSet(strings.TrimSpace(text[:k]), "第一二三四五六七八九十届")
		if strings.TrimSpace(before) == "" || hasSuffixAny(strings.TrimSpace(before), datelineEnds) {
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

// venueEnds close the phrase that says where a meeting was held, a few
// characters after the place (在北京人民大会堂开幕, 在呼和浩特举行).
var venueEnds = []string{"举行", "召开", "举办", "开幕", "闭幕"}

// venueReach is how far after a place, in characters, a venue phrase may
// close (在北京人民大会堂开幕: 5).
const venueReach = 8

// venueAt reports whether mention m names where a meeting was held: 在
// before it, and a venue ending within venueReach characters after it with
// no stop between (第十一届全国人民代表大会第五次会议5日上午在北京人民大会堂
// 开幕): the place hosts the news, it is not what the news is about.
func venueAt(text string, m gazetteer.Mention) bool {
	if !strings.HasSuffix(text[:m.Start], "在") {
		return false
	}
	rest := text[m.End:]
	for n, i := 0, 0; n < venueReach && i < len(rest); n++ {
		if hasPrefixAny(rest[i:], venueEnds) {
			return true
		}
		r, sz := hanzi.DecodeRune(rest[i:])
		if isPunct(r) {
			return false
		}
		i += sz
	}
	return false
}
