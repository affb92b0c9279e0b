package figure

import (
	"strings"
	"unicode/utf8"
)

// topListEnds may follow 强 in the name of a top-N list (百强县, 500强企业).
var topListEnds = []string{"县", "市", "区", "镇", "企业", "榜", ""}

// topListLeads join a holder to the list it entered (川威集团跻身…500强第322位);
// the list's name starts after the last of them.
var topListLeads = []string{"跻身", "位列", "位居", "入选", "入围", "荣登", "进入", "名列", "列", "居", "、"}

// rankedList: 川威集团跻身2022年中国企业500强第322位、四川民营企业100强第4位,
// 凤县首次跻身全国西部百强县第93位 — a rank written right after a top-N
// list is the rank in that list: named by the list (中国企业500强), not by
// the holder, the verb or the year.
func (c *naming) rankedList() bool {
	if c.f.Kind != Rank {
		return false
	}
	x := c.x
	from := clauseStart(x.s, x.sentStart, c.q.Start)
	before := strings.TrimRight(x.s[from:c.q.Start], " ")
	if isAny(compact(before), rankVerbs) && from > x.sentStart {
		// 首次跻身2011年全国西部百强县，排名第93位: the list is the clause's before
		end := len(strings.TrimRight(x.s[:from], "，, "))
		before = strings.TrimRight(x.s[clauseStart(x.s, x.sentStart, end):end], " ")
	}
	list := ""
	for _, end := range topListEnds {
		if stem, ok := strings.CutSuffix(before, "强"+end); ok && topCountBefore(stem) {
			list = before
			break
		}
	}
	if list == "" {
		return false
	}
	for _, w := range topListLeads {
		if k := strings.LastIndex(list, w); k >= 0 {
			list = list[k+len(w):]
		}
	}
	list = trimPrefixesOnce(withoutLeadingYear(list), []string{"首次", "再次", "成功"})
	if runeLen(list) < 3 {
		return false
	}
	c.n = list
	return true
}

// topCountBefore: s ends with the N of a top-N list (500, 百, 十).
func topCountBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= '0' && r <= '9' || strings.ContainsRune("十百千", r)
}

// withoutLeadingYear drops the year a list is of (2022年中国企业500强): the
// figure carries its year apart.
func withoutLeadingYear(s string) string {
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k == 4 && strings.HasPrefix(s[k:], "年") {
		return s[k+len("年"):]
	}
	return s
}
