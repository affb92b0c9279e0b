package figure

import "strings"

// Naming a rate by what the text is about when its own words say only who
// (洋浦以增速14.2%, 增速最为缓慢的是五指山市3.0%), how it fared (增速也较
// 快), or what it is compared with (高于全国平均5.3%的水平); and an amount
// whose clause is a bare verb (财政总收入突破亿元大关，实现11338万元).

// rateAfterYi: 洋浦以增速14.2% — the words before 以 say who, the rate is
// the rate; later stages find of what.
func (c *naming) rateAfterYi() bool {
	if k := strings.LastIndex(c.n, "以"); k >= 0 && rateAttributes[c.n[k+len("以"):]] {
		c.n = c.n[k+len("以"):]
	}
	return false
}

// referenceNouns after 的 name the level a rate is compared with, not what
// it measures (高于全国平均5.3%的水平).
var referenceNouns = map[string]bool{"水平": true, "平均水平": true}

// rateJudgements follow a rate word to judge it (白沙黎族自治县增速也较快，
// 比上年同期增长6.5%): the words name no indicator, the rate does.
var rateJudgements = []string{"也较快", "较快", "最快", "也较慢", "较慢", "最慢", "最为缓慢", "较为缓慢", "最高", "最低", "领先"}

// judgedRate: 增速也较快 is 增速, of the indicator found later.
func (c *naming) judgedRate() bool {
	if w := judgedRateWord(c.n); w != "" {
		if k := strings.Index(c.n, w); runeLen(c.n[:k]) >= 2 {
			c.n = c.n[:k+len(w)] // 金昌GDP增速最高达8.9%: the rate of the indicator it names
			return true
		}
		c.n = w
		if g := c.x.indicatorTopicAt(c.q.Start); g != nil {
			c.n = g.Name // 增速最为缓慢的是五指山市3.0%: the rate of what the text is about
			return true
		}
	}
	return false
}

// judgedRateWord returns the rate word of a judged rate (增速也较快 gives
// 增速), or "".
func judgedRateWord(s string) string {
	for w := range rateAttributes {
		if k := strings.Index(s, w); k >= 0 && isAny(s[k+len(w):], rateJudgements) {
			return w
		}
	}
	return ""
}

// clauseVerbs stand for a whole clause that names no subject of its own
// (财政总收入突破亿元大关，实现11338万元; 粮食总产量再创新高，达到80.78万吨): the
// amount is of the clause before.
var clauseVerbs = []string{"实现", "完成", "达到", "达"}

// verbClauseTopic: see clauseVerbs.
func (c *naming) verbClauseTopic() bool {
	if c.f.Kind != Level && c.f.Kind != Physical && c.f.Kind != Count || !isAny(trimSet(c.cl.raw, "，,、 "), clauseVerbs) {
		return false
	}
	if !c.clauseBeforeTopic() {
		return false
	}
	for _, w := range thresholdVerbs {
		if k := strings.Index(c.n, w); k > 0 && runeLen(c.n[:k]) >= 2 {
			c.n = c.n[:k] // 财政总收入突破亿元大关: the subject, not the bound it passed
			if t, a := trimSuffixes(c.n, crossingAdverbs); a != "" && runeLen(t) >= 2 {
				c.n = t // 地区生产总值首次突破600亿元大关
			}
		}
	}
	return true
}

// thresholdVerbs say a subject passed a bound (突破亿元大关); what follows
// them is the bound.
var thresholdVerbs = []string{"突破", "超过", "跨越", "迈上", "站上", "逼近", "跃上"}

// placeAtEnd: 增速最为缓慢的是五指山市3.0% — a place at the end of a rate's
// words says whose it is (the region), not what it measures.
func (c *naming) placeAtEnd() bool {
	if c.f.Kind != Growth && c.f.Kind != Share {
		return false
	}
	if t, w := c.x.trimPlaceSuffix(c.n); w != "" {
		c.n = strings.TrimSuffix(strings.TrimSuffix(t, "是"), "的")
		if raw, w := c.x.trimPlaceSuffix(compact(c.cl.raw)); c.n == "" && w != "" {
			c.n = strings.TrimSuffix(strings.TrimSuffix(raw, "是"), "的") // the words before 的 judge the rate
		}
	}
	return false
}

// judgedRateBefore: the words before a number judge a rate and say whose
// it is (增速最为缓慢的是五指山市): the number is that rate.
func judgedRateBefore(raw string) bool {
	k := strings.LastIndex(raw, "的是")
	return k > 0 && judgedRateWord(raw[:k]) != ""
}
