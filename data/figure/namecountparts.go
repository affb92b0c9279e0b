package figure

import "strings"

// Parts of a counted set that say only how they moved: 统计监测的23种工业产
// 品，12种增长，11种下降; 统计监测的19类商品，11类增长，8类下降. Each part
// is labelled as a statistician heads the column: what moved, then the set
// counted (产量增长的工业产品, 零售额下降的商品类别).

// setMoves end the words after a part's count: how the part moved.
var setMoves = []string{"增长", "下降", "减少", "增加", "持平", "上升", "回落", "回升"}

// setMeasures are what a set's members move by when the words leave it
// out, by the set's noun: products by output, goods by retail sales.
var setMeasures = [][2]string{{"产品", "产量"}, {"商品", "零售额"}}

// setMoveNoise say nothing of a move: 保持增长 is 增长.
var setMoveNoise = []string{"均", "保持", "实现"}

// setUnits count kinds of goods (种) and classes (类); counts of
// industries (个行业) are partOfScope's.
var setUnits = []string{"种", "类"}

// setPartMaxRunes bounds the words of a part's move (产品产量同比下降).
const setPartMaxRunes = 10

// partOfCountedSet: see setMoves. The set is the first count of the
// sentence in the part's unit whose words after it name things, not a move.
func (c *naming) partOfCountedSet() bool {
	if c.f.Kind != Count || !isAny(c.f.Unit, setUnits) {
		return false
	}
	said := c.afterCount(c.q.End)
	if runeLen(said) > setPartMaxRunes || !hasSuffixAny(said, setMoves) {
		return false
	}
	set := c.countedSet()
	if set == "" {
		return false
	}
	for _, m := range setMeasures {
		if !strings.HasSuffix(set, m[0]) {
			continue
		}
		said = strings.TrimPrefix(said, m[0]) // 12种产品产量同比下降: the set's noun again
		if !strings.Contains(said, m[1]) {
			said = m[1] + said
		}
		break
	}
	for _, w := range setMoveNoise {
		said = strings.ReplaceAll(said, w, "")
	}
	if c.f.Unit == "类" && !strings.HasSuffix(set, "类") && !strings.HasSuffix(set, "类别") {
		set += "类别" // 19类商品 are classes of goods
	}
	c.n = said + "的" + set
	return true
}

// afterCount is the words after a count up to its clause's end, the next
// member of a list (、) or a number.
func (c *naming) afterCount(end int) string {
	s := c.x.s
	said := compact(s[end:clauseEnd(s, end, min(len(s), end+90))])
	if k := strings.IndexAny(said, "、0123456789"); k >= 0 {
		said = said[:k]
	}
	return said
}

// countedSet is the noun after the first count of the sentence in c's unit
// (工业产品 of 统计监测的23种工业产品，12种增长), the parts between it and c
// saying only how they moved; else "".
func (c *naming) countedSet() string {
	x := c.x
	for k := len(x.out) - 1; k >= 0; k-- {
		g := &x.out[k]
		if g.Derived || g.Start >= c.q.Start || g.Kind == Rank {
			continue
		}
		if strings.ContainsAny(x.s[g.End:c.q.Start], "。\n") {
			return "" // the set is named in the part's sentence (its parts may be parted by ；)
		}
		if g.Kind != Count {
			continue // 增长面为53%: a rate said of a part
		}
		if g.Unit != c.f.Unit {
			return ""
		}
		a := c.afterCount(g.End)
		if k := strings.Index(a, "中"); k >= 0 {
			a = a[:k] // 30种工业产品中: the set ends at 中
		}
		if hasSuffixAny(a, setMoves) {
			continue // a part before this one
		}
		if n := runeLen(a); n < 2 || n > 8 {
			return ""
		}
		return a
	}
	return ""
}
