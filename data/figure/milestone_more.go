package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// numeralRunes open a round amount written in words before its magnitude:
// 两百亿元, 三百亿元 (盐田, n02).
const numeralRunes = "一二两三四五六七八九"

// numeralRune is strings.ContainsRune(numeralRunes, r) and magnitudeRune
// strings.ContainsRune(magnitudeWords, r), without turning r back into a
// string: they are asked of the runes around every number.
func numeralRune(r rune) bool {
	switch r {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九':
		return true
	}
	return false
}

func magnitudeRune(r rune) bool {
	switch r {
	case '十', '百', '千', '万', '亿':
		return true
	}
	return false
}

// roundInWords reports whether text is a round amount written in words: a
// bare magnitude (百亿元, 千万标箱) or one numeral before it (两百亿元).
func roundInWords(text string) bool {
	text = stepCount(strings.TrimSpace(text))
	first, n := hanzi.DecodeRune(text)
	if magnitudeRune(first) {
		return true
	}
	second, _ := hanzi.DecodeRune(text[n:])
	return numeralRune(first) && magnitudeRune(second) && second != '十'
}

// stepCount takes off the front of text the count of steps crossed
// (连跨4个千亿台阶, 跨越两个百亿台阶): the round amount follows it.
func stepCount(text string) string {
	rest := strings.TrimLeftFunc(text, func(r rune) bool {
		return r >= '0' && r <= '9' || numeralRune(r)
	})
	if rest == text {
		return text
	}
	if after, ok := strings.CutPrefix(rest, "个"); ok {
		return after
	}
	return text
}

// streakWords before a crossing word make a round amount a floor met
// again and again (年接待游客量均超过千万人次, 连续跨越): no year's figure.
var streakWords = []string{"均", "都", "连续", "每年", "年年", "次"}

// streakMilestone: a round amount crossed by a streak (均超过千万人次).
func streakMilestone(before string) bool {
	for _, c := range crossingWords {
		if rest, ok := strings.CutSuffix(before, c); ok && hasSuffixAny(rest, streakWords) {
			return true
		}
	}
	return false
}

// stepNouns name the round amounts a list crosses, counted after it (越过
// 800、900、1000、1100亿斤四个台阶; 全口径财政收入连续跨越60亿、70亿两个关口).
var stepNouns = []string{"台阶", "关口", "大关"}

// indexStepCount is where 个 before a step noun stands in seg, or -1.
func indexStepCount(seg string) int {
	for k := strings.Index(seg, "个"); k >= 0; {
		if hasPrefixAny(seg[k+len("个"):], stepNouns) {
			return k
		}
		j := strings.Index(seg[k+len("个"):], "个")
		if j < 0 {
			break
		}
		k += len("个") + j
	}
	return -1
}

// streakCount: the crossings of a streak (三次跨越千万标箱) are no
// statistic, nor the count of steps right after the list of them (越过800、
// 900、1000、1100亿斤四个台阶). A count of steps alone (连跨4个千亿台阶, e08)
// is the figure the text gives and stays.
func (x *extractor) streakCount(q quantity.Quantity, after string) bool {
	seg := untilStop(after)
	if q.Unit == "次" {
		return hasPrefixAny(seg, crossingWords)
	}
	i := x.qAfter(q.Start)
	return q.Unit == "个" && hasPrefixAny(seg, stepNouns) && i > 0 && compact(x.s[x.qs[i-1].End:q.Start]) == ""
}

// besideSkipsDate: between a milestone and the exact figure beside it a
// date may stand (跨越千万标箱,2011年达1030万标箱); it does not part them.
func (x *extractor) besideSkipsDate(q quantity.Quantity, i int) bool {
	for k := i + 1; k < len(x.qs) && k <= i+2; k++ {
		o := x.qs[k]
		if o.Kind == quantity.Date {
			continue
		}
		gap := x.s[q.End:o.Start]
		for _, d := range x.qs[i+1 : k] {
			gap = strings.Replace(gap, x.s[d.Start:d.End], "", 1)
		}
		return runeLen(compact(gap)) <= besideGap && q.Unit != "" && o.Unit != "" &&
			(strings.HasPrefix(o.Unit, q.Unit) || strings.HasPrefix(q.Unit, o.Unit))
	}
	return false
}

// crossingAdverbs stand between a milestone's subject and its crossing
// word: 生产总值先后跨越两百亿元、三百亿元台阶.
var crossingAdverbs = []string{"先后", "连续", "相继", "稳定", "首次", "再次", "一举", "接连", "连", "首"} // 首破千亿大关

// milestoneTopic: a figure whose own clause names nothing, after a clause
// whose subject crosses round amounts (本区生产总值先后跨越两百亿元、三百亿
// 元台阶,预计2011年达到316亿元), is that subject's: the milestones are no
// figures to carry the name.
func (c *naming) milestoneTopic() bool {
	x := c.x
	if c.n != "" {
		return false
	}
	cs := clauseStart(x.s, x.sentStart, c.q.Start)
	if cs <= x.sentStart {
		return false
	}
	prev := trimLeftSet(compact(x.s[clauseStart(x.s, x.sentStart, cs-1):cs]), "、，,；;：:")
	if n := x.milestoneSubject(prev); n != "" {
		c.n = n
		return true
	}
	return false
}

// trimCrossings drops the count of crossings ending a milestone's subject:
// 盐田港区集装箱年吞吐量三次(跨越千万标箱).
func trimCrossings(s string) string {
	t, ok := strings.CutSuffix(s, "次")
	if !ok {
		return s
	}
	u := strings.TrimRightFunc(t, func(r rune) bool {
		return r >= '0' && r <= '9' || strings.ContainsRune(numeralRunes+"十", r)
	})
	if u == t {
		return s
	}
	return u
}
