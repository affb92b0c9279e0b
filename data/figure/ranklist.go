package figure

import "strings"

// A rank shared by a list of indicators (地区生产总值、规上工业总产值、固定
// 资产投资增速居全市第二位; 第一产业增加值增速、…、农村居民人均可支配收入增
// 速在全市排第一): one rank of several measures, labelled by the list itself
// when short (地区生产总值、规上工业总产值、固定资产投资增速排名), else as the
// reports that count them do — the first, 等, how many, 指标, the rate ranked:
// 第一产业增加值等四项指标增速排名 (c14).

// listedRankRates end the last item when the growth of each is ranked.
var listedRankRates = []string{"增速", "增幅", "增长率"}

// listedRankWhole is the longest list a label writes whole; a longer one
// is written by its first and how many (a label stays short).
const listedRankWhole = 3

// listCountWords write how many items a list holds when the text does not.
var listCountWords = []string{"", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"}

// indicatorWords mark an item of a ranked list as a measure, not a place.
var indicatorWords = append([]string{"总值", "GDP", "增幅", "规上", "规模以上", "总量"}, indicatorHeads...)

// rankedIndicatorList: see listedRankRates.
func (c *naming) rankedIndicatorList() bool {
	if c.f.Kind != Rank {
		return false
	}
	x := c.x
	pre := compact(x.s[clauseStart(x.s, x.sentStart, c.q.Start):c.q.Start])
	k := lastRankVerb(pre)
	if k < 0 || !strings.Contains(pre[:k], "、") {
		return false
	}
	subj := dropRankAdverbs(strings.TrimSuffix(dropRankAdverbs(pre[:k]), "在"))
	if containsAny(subj, []string{"等", "项", "分别"}) {
		return false // 等3项经济指标增速: the text counts them, and its words name the rank
	}
	items := strings.Split(subj, "、")
	if len(items) >= len(listCountWords) {
		return false
	}
	for _, it := range items {
		if n := runeLen(it); n < 2 || n > 20 || strings.ContainsFunc(it, isDigitRune) || !containsAny(it, indicatorWords) || lastRankVerb(it) >= 0 {
			// …增速均居全市第一、固定资产投资增速居第二: a rank of its own ends the item before
			return false
		}
	}
	last := items[len(items)-1]
	rate := ""
	for _, r := range listedRankRates {
		if strings.HasSuffix(last, r) {
			rate = r
			break
		}
	}
	items[0] = trimPrefixesOnce(dropScopeLead(items[0]), scopeEnds)
	if len(items) <= listedRankWhole {
		c.n = strings.Join(items, "、") + "排名" // b15: 收入、规模工业增加值增速居全市七县(市)第二
		return true
	}
	first, _ := trimSuffixes(items[0], listedRankRates)
	c.n = first + "等" + listCountWords[len(items)] + "项指标" + rate + "排名"
	return true
}
