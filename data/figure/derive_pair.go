package figure

import (
	"github.com/zhibiao/zhibiao/data/fileio"

	"fmt"
	"strings"
)

// Figures the text implies from two figures of one thing: the change from
// a from-to pair, the rate of one level to another, the remainder of a
// share of a whole in two parts.

// toVerbs end the words between the two of a from-to pair: 由40%提高到.
var toVerbs = []string{"提高到", "提升到", "上升到", "增加到", "增长到", "下降到", "降低到", "减少到", "扩大到", "缩小到", "压减到", "降到", "升到",
	"提高至", "提升至", "上升至", "增加至", "增长至", "下降至", "降低至", "减少至", "扩大至", "增至", "降至", "升至"}

// fromMarks open a from-to pair (覆盖率由年初的40%, 比例分别从年初的50%).
var fromMarks = []string{"由", "从"}

// fromToLink reads the words between the last from-figure and the first
// to-figure: a verb of change ending in 到 or 至, perhaps a time after it
// (提升到年底的). ok is false for any other words.
func fromToLink(between string) bool {
	if index(between, "到") < 0 && index(between, "至") < 0 {
		return false // every verb of toVerbs ends so: two scans, not a copy and 25
	}
	between = compact(between)
	for _, v := range toVerbs {
		if k := strings.Index(between, v); k >= 0 {
			rest := between[k+len(v):]
			return runeLen(between[:k]) <= 4 && runeLen(rest) <= 6 && !strings.ContainsAny(rest, "，,；;。")
		}
	}
	return false
}

// deriveFromTo: 覆盖率由年初的40%提高到76.5% ⇒ +36.5个百分点; with
// 分别, the n-th from goes with the n-th to. Amounts give their difference
// in their unit.
func (x *extractor) deriveFromTo(d derivation) {
	n := d.last - d.first + 1
	k0 := x.outOf[d.first]
	if k0 < 0 {
		return
	}
	from, lead := x.fromList(k0, n)
	if from == nil {
		return
	}
	names := make([]string, n)
	for m := 0; m < n; m++ {
		if x.outOf[d.first+m] < 0 {
			return
		}
		a, b := x.out[from[m]], x.out[x.outOf[d.first+m]]
		if m > 0 && !listGap(x.s[x.out[from[m-1]].End:a.Start]) {
			return
		}
		names[m] = a.Name
		if n == 1 && a.Name == "" && b.Name == "" {
			names[m] = x.fromSubject(lead) // 城镇化率从37.66%增长到57.35%
		}
		if a.Unit != b.Unit || a.Kind != b.Kind || a.Name != b.Name || names[m] == "" || a.Qualifier != "" || b.Qualifier != "" || !x.cleanGap(a, b, 160) {
			return
		}
	}
	for m := 0; m < n; m++ {
		a, b := x.out[from[m]], x.out[x.outOf[d.first+m]]
		b.Name = beforeFromMark(names[m])
		dec := maxDecimals(a, b)
		v := fileio.Round(b.Value-a.Value, dec)
		g := derivedAt(x, d, b)
		g.Year = b.Year
		if b.Unit == "%" {
			g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind = v, "个百分点", v, "pp", PPChange
			g.Name = b.Name
			g.DerivedFrom = fmt.Sprintf("%s − %s = %s个百分点", compact(b.Text), compact(a.Text), shown(v, dec))
		} else {
			if b.Kind != Level && b.Kind != Count && b.Kind != Physical {
				return
			}
			g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind = v, b.Unit, fileio.Round(v*scaleOf(b), 4), b.NormUnit, b.Kind
			g.Name = b.Name + " (增量)"
			g.DerivedFrom = fmt.Sprintf("%s − %s = %s%s", compact(b.Text), compact(a.Text), shown(v, dec), b.Unit)
		}
		x.addDerived(g)
	}
}

// fromList returns the n written figures right before out[k0] when they
// are the from-list of a from-to pair (由…的40%提高到, 从50%、20%增至), and
// the words of their clause before them; nil when they are not.
func (x *extractor) fromList(k0, n int) ([]int, string) {
	var from []int
	for m := len(x.sent) - 1; m >= 0 && len(from) < n; m-- {
		if j := x.sent[m]; j < k0 && !x.out[j].Derived {
			from = append([]int{j}, from...)
		}
	}
	if len(from) != n || !fromToLink(x.s[x.out[from[n-1]].End:x.out[k0].Start]) {
		return nil, ""
	}
	lead := x.lead(x.out[from[0]])
	if !containsAny(lead, fromMarks) {
		return nil, ""
	}
	return from, lead
}

// beforeFromMark cuts what a name kept of its from-to phrase: 学校覆盖率由
// 年初 is 学校覆盖率.
func beforeFromMark(name string) string {
	for _, m := range fromMarks {
		if k := strings.LastIndex(name, m); k > 0 && runeLen(name[k:]) <= 5 {
			return name[:k]
		}
	}
	return name
}

// fromSubject is the subject written before 由 or 从, when the figures of
// a from-to pair were left without a name: 中国常住人口城镇化率从 gives
// 常住人口城镇化率.
func (x *extractor) fromSubject(lead string) string {
	lead = compact(lead)
	k := -1
	for _, m := range fromMarks {
		if j := strings.LastIndex(lead, m); j > k {
			k = j
		}
	}
	if k <= 0 {
		return ""
	}
	return x.cleanName(lead[:k])
}

// arrivedWords mark the part of a fund that has come in; totalWords the
// whole it is of.
var (
	arrivedWords = []string{"到位"}
	totalWords   = []string{"总额", "总投资", "投资额", "资金", "总计", "合计"}
	wholeOfFunds = []string{"总额", "总投资", "总计", "合计"}
)

// deriveArrivalRate: 支持资金达5000万元，目前已到位资金3500万元 ⇒ 到位率
// 70%; 到位资金1800万元，总额3000万元 ⇒ 60%. The whole is the sentence's
// first amount of money; the part is what has arrived of it.
func (x *extractor) deriveArrivalRate(d derivation) {
	f := d.f
	if f.Kind != Level || d.first != d.last || f.NormUnit != "元" || f.Qualifier != "" {
		return
	}
	isArrived := func(g Figure) bool {
		lead := x.lead(g)
		if containsAny(lead, arrivedWords) {
			return true
		}
		// 总额3000万元 named 项目到位总额 after the 到位资金 before it
		return !containsAny(lead, wholeOfFunds) && containsAny(g.Name, arrivedWords)
	}
	var part, whole Figure
	head := -1
	for _, j := range x.sent {
		if g := x.out[j]; !g.Derived && g.Kind == Level && g.NormUnit == "元" {
			head = j
			break
		}
	}
	if head < 0 || head == d.k {
		return
	}
	switch h := x.out[head]; {
	case isArrived(f) && !isArrived(h) && containsAny(h.Name, totalWords):
		part, whole = f, h
	case !isArrived(f) && isArrived(h) && containsAny(f.Name, wholeOfFunds):
		part, whole = h, f // 到位资金1800万元，总额3000万元
	default:
		return
	}
	if !x.cleanGap(whole, part, 160) && !x.cleanGap(part, whole, 160) {
		return
	}
	v := fileio.Round(part.NormValue/whole.NormValue*100, 1)
	if !usable(v) || v > 100 {
		return
	}
	name := strings.Replace(strings.TrimSuffix(whole.Name, "总额"), "到位", "", 1)
	if !strings.Contains(name, "资金") {
		name += "资金"
	}
	g := derivedAt(x, d, part)
	g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind = v, "%", v, "%", Share
	g.Name, g.Year = name+"到位率", part.Year
	g.DerivedFrom = fmt.Sprintf("%s ÷ %s = %s%%", compact(part.Text), compact(whole.Text), shown(v, 1))
	x.addDerived(g)
}

// complements are wholes in two named parts: the share of one gives the
// other's. Only pairs a statistician would write down without asking.
var complements = []struct{ part, other string }{
	{"城镇人口", "乡村人口"},
	{"城镇常住人口", "乡村常住人口"},
	{"乡村人口", "城镇人口"},
	{"农村人口", "城镇人口"},
	{"常住人口城镇化率", "乡村人口占比"},
	{"城镇化率", "乡村人口占比"},
	{"男性", "女性"},
	{"女性", "男性"},
}

// complementOf is the name of the other part of a share's whole, or "".
func complementOf(name string) string {
	for _, c := range complements {
		if !strings.HasPrefix(name, c.part) {
			continue
		}
		rest := name[len(c.part):]
		if strings.HasSuffix(c.part, "率") && rest == "" {
			return c.other
		}
		if rest == "占比" || rest == "比重" || rest == "比例" || strings.HasPrefix(rest, "占") && strings.HasSuffix(rest, "比重") {
			return c.other + rest
		}
	}
	return ""
}

// deriveRemainder: 城镇人口占比61.2% ⇒ 乡村人口占比 38.8%.
func (x *extractor) deriveRemainder(d derivation) {
	f := d.f
	if f.Kind != Share || d.first != d.last || f.Unit != "%" || f.Value >= 100 || f.Qualifier != "" || d.cl.growthVerb != "" {
		return
	}
	other := complementOf(f.Name)
	if other == "" {
		return
	}
	v := fileio.Round(100-f.Value, decimals(f.Text))
	g := derivedAt(x, d, f)
	g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind = v, "%", v, "%", Share
	g.Name, g.Year = other, f.Year
	g.DerivedFrom = fmt.Sprintf("100%% − %s = %s%%", compact(f.Text), shown(v, decimals(f.Text)))
	x.addDerived(g)
}

// listGap reports whether g, the text between two figures, only lists
// them (、 和 ，).
func listGap(g string) bool {
	g = compact(g)
	return g == "、" || g == "和" || g == "，" || g == ","
}
