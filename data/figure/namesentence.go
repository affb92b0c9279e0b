package figure

import "strings"

// rateSentenceTopic: a sentence that opens with a bare rate word (增速继续
// 保持全省第一,比第二位的泸州市(增12.1%)快1.2个百分点,比全国快6.3个百分点)
// goes on about the rate of the indicator the sentence before was about:
// its ranks and points are that indicator's 增速, a peer's rate in it is
// that indicator's. It names only the figures whose own words name nothing
// but the rate word, a place or nothing.
func (c *naming) rateSentenceTopic() bool {
	x := c.x
	open := compact(x.s[x.sentStart:min(len(x.s), x.sentStart+24)])
	w := ""
	for _, a := range sentenceRateWords {
		if strings.HasPrefix(open, a) {
			w = a
			break
		}
	}
	if w == "" || !(c.n == "" || strings.HasPrefix(c.n, w) || x.onlyPlace(c.n)) {
		return false
	}
	g := x.indicatorTopicAt(x.sentStart)
	if g == nil || g.Start >= x.sentStart {
		return false
	}
	switch c.f.Kind {
	case Growth, Share:
		if strings.HasPrefix(c.n, w) {
			return false // 增幅2-5月份分别为14.2%、13%: the rates the sentence lists, named on
		}
		c.n = g.Name // 泸州市(增12.1%): the peer's rate of the same indicator
	case Rank, PPChange:
		c.n = g.Name + w
	default:
		return false
	}
	return true
}

// sentenceRateWords open a sentence about the rate of the indicator before.
var sentenceRateWords = []string{"增速", "增幅", "增长速度"}

// onlyPlace: s is a place's name and nothing else (泸州市).
func (x *extractor) onlyPlace(s string) bool {
	rest, place := x.trimPlace(s)
	return place != "" && rest == ""
}
