package figure

import "github.com/zhibiao/zhibiao/data/quantity"

// pairedBaseWords write the base of a 分别 list of changes that compares
// each figure its sentence gave before with the same base:
// 5月份同比增长19.3%，累计增长12.3%，与4月份相比分别提高了3.1和1.6个百分点.
var pairedBaseWords = []string{"相比", "相较", "比", "较"}

// pairedChangePeriod is the period of a member of a 分别 list of changes
// that pairs, in order, with the figures its sentence wrote before the list
// (as many as it has members): in the sentence above 3.1个百分点 is the
// change of May's own 19.3% (M5) and 1.6 that of the 12.3% to date (M1-M5),
// whatever period word (累计) came last. ok is false when the figure at pos
// is no such member or when the figures paired share one period.
func (x *extractor) pairedChangePeriod(ss, pos int) (code string, ok bool) {
	from := runeStart(x.s, max(ss, pos-spanReach))
	k := lastIndex(x.s[from:pos], "分别")
	if k < 0 {
		return "", false
	}
	k += from
	at, n := x.memberIndex(k, pos, x.valuesBefore(ss, k))
	if at < 0 || n < 2 {
		return "", false
	}
	var paired, rates []quantity.Quantity
	for i := x.qAfter(ss); i < len(x.qs) && x.qs[i].End <= k; i++ {
		if x.qs[i].Kind != quantity.Date && x.qs[i].Kind != quantity.Time {
			paired = append(paired, x.qs[i])
		}
		if x.qs[i].Unit == "%" {
			rates = append(rates, x.qs[i])
		}
	}
	if len(paired) != n {
		paired = rates // 5月份产值10亿元，增长5%，累计50亿元，增长6%: changes of the rates
	}
	if len(paired) != n || !containsAny(x.s[paired[n-1].End:k], pairedBaseWords) || basesListed(x.s[paired[n-1].End:k]) {
		return "", false
	}
	codes := make([]string, n)
	same := true
	for i, q := range paired {
		codes[i] = x.period(q.Start, ss)
		same = same && codes[i] == codes[0]
	}
	if same {
		return "", false
	}
	return codes[at], true
}

// memberIndex is the place of the figure at pos among the values of the
// list right after 分别 at k, and how many values that list has; at is -1
// when pos is not one of them. It stops counting past most: a list longer
// than the values it could pair with pairs with none, and each of the
// first hundred members of a 、 list of 40,000 walked all of it.
func (x *extractor) memberIndex(k, pos, most int) (at, n int) {
	at = -1
	for i := x.qAfter(k); i < len(x.qs); i++ {
		if x.qs[i].Start == pos {
			at = n
		}
		n++
		if n > most || i+1 == len(x.qs) || !valueJoin(x.s[x.qs[i].End:x.qs[i+1].Start]) {
			break
		}
	}
	return at, n
}

// valuesBefore counts the quantities of the sentence at ss that end by k,
// 分别's offset, dates too: no more than that can pairedChangePeriod pair
// with its list.
func (x *extractor) valuesBefore(ss, k int) int {
	n := 0
	for i := x.qAfter(ss); i < len(x.qs) && x.qs[i].End <= k; i++ {
		n++
	}
	return n
}
