package figure

import "strings"

// zonePartHeads are the indicators a whole and its parts by zone share.
var zonePartHeads = []string{"总产值", "产值", "增加值", "营业收入"}

// zoneEnds end the name of a zone or a place a whole is parted into (经开区,
// 高新区, 工业园, 某县).
var zoneEnds = []string{"区", "园", "县", "市", "镇", "乡", "旗"}

// zoneOfWhole: 实现规上工业总产值779.7亿元、增长3.3%，其中，经开区产值635.9亿元、
// 增长4.3%，高新区产值111.5亿元 — a part written as a zone and the head
// alone, after 其中, is the zone's share of the whole the 其中 parts: the
// zone's 规上工业产值, not all its 产值.
func (c *naming) zoneOfWhole() bool {
	if c.f.Kind != Level && c.f.Kind != Growth {
		return false
	}
	stem, head := trimSuffixes(c.n, zonePartHeads)
	if head == "" || runeLen(stem) < 2 || !hasSuffixAny(stem, zoneEnds) || hasPrefixAny(stem, []string{"全", "本", "我"}) {
		return false
	}
	before := c.x.s[max(0, c.q.Start-300):c.q.Start]
	k := strings.LastIndex(before, "其中")
	if k < 0 || strings.ContainsAny(before[k:], "。\n") {
		return false
	}
	whole := c.x.figureBefore(c.q.Start - len(before) + k)
	if whole == nil {
		return false
	}
	qual, wh := trimSuffixes(whole.Name, zonePartHeads)
	if wh == "" || strings.TrimPrefix(wh, "总") != strings.TrimPrefix(head, "总") || runeLen(qual) < 2 || hasSuffixAny(qual, zoneEnds) {
		return false
	}
	c.n = stem + qual + head
	return true
}
