package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// rankedPlaceLeads open the place a ranking of places puts at a rank
// (增速最高的是蒲县，增长12.3%): the figure after the place is that place's
// value of the measure ranked, and the place is its region, not its name.
var rankedPlaceLeads = []string{
	"最高的是", "最快的是", "最大的是", "最多的是", "最低的是", "最慢的是", "最小的是", "最少的是",
	"居首的是", "第一的是", "第一位的是", "首位的是",
	"最高的", "最快的", "最大的", "最多的", "最低的", "最慢的", "最小的", "最少的",
}

// nextPlaceLeads go on down the ranking (其次是洪洞县55.1%): the figure is
// of the measure the ranking's first figure was.
var nextPlaceLeads = []string{"其次是", "其次为", "其次", "再次是", "再次为", "第二是", "第二为", "第三是", "第三为"}

// rankedPlace: see rankedPlaceLeads. The measure is the words before the
// lead in the clause (a growth figure drops the rate word: the growth of
// 规模以上工业增加值), else the indicator the text last named (增幅最高的蒲县); after
// 其次是 it is the measure of the ranking's head before it.
func (c *naming) rankedPlace() bool {
	if c.f.Kind != Growth && c.f.Kind != Share && c.f.Kind != Level && c.f.Kind != PPChange {
		return false
	}
	x := c.x
	if !containsAny(x.s[x.sentStart:c.q.Start], rankedLeadChars) {
		return false // no lead can be there: most figures stop here
	}
	before := compact(x.s[x.sentStart:c.q.Start])
	k, lead := lastWord(before, rankedPlaceLeads)
	if kn, next := lastWord(before, nextPlaceLeads); kn > k {
		if !x.placeThenVerb(before[kn+len(next):]) {
			return false
		}
		k, _ = lastWord(before[:kn], rankedPlaceLeads)
		if k < 0 {
			if c.prev == nil || c.prev.Name == "" {
				return false
			}
			c.n = c.prev.Name
			return true
		}
	} else if k < 0 || !x.placeThenVerb(before[k+len(lead):]) {
		return false
	}
	head := before[:k]
	if j := strings.LastIndexFunc(head, endsRankedHead); j >= 0 {
		_, size := hanzi.DecodeRune(head[j:])
		head = head[j+size:]
	}
	if c.f.Kind == Growth {
		head, _ = trimSuffixes(head, rateNames)
	}
	if n := x.cleanName(head); runeLen(n) >= 2 {
		c.n = n
		return true
	}
	if x.topic >= 0 && x.out[x.topic].Start < c.q.Start {
		// 增幅最高的蒲县: a rate of places ranked with no measure named is
		// of the indicator the text last spoke of, maybe a heading before
		c.n = x.out[x.topic].Name
		return true
	}
	return false
}

// rankedLeadChars: every word of rankedPlaceLeads and nextPlaceLeads holds
// one, and compact (blanks and line ends out) makes no character.
var rankedLeadChars = []string{"最", "次", "第", "首"}

// endsRankedHead: the measure a ranking leads with starts after its
// clause's mark or the number before it (…92.2%与最低的汾西县).
func endsRankedHead(r rune) bool {
	return strings.ContainsRune("，,；;：:。（(%", r) || r >= '0' && r <= '9'
}

// placeThenVerb: s is a place, then maybe a comma and a verb before the
// number (蒲县，增长; 洪洞县; 尧都区，为).
func (x *extractor) placeThenVerb(s string) bool {
	rest, place := x.trimPlace(s)
	if place == "" {
		return false
	}
	rest = trimLeftSet(rest, "，,")
	rest, _ = trimSuffixes(rest, growthVerbs)
	rest, _ = trimSuffixes(rest, linkVerbs)
	return rest == ""
}
