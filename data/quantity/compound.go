package quantity

import "github.com/zhibiao/zhibiao/data/hanzi"

// This file reads amounts written in more than one unit (3元5角, 3斤5两,
// 两毛五), money units that are also everyday words (五毛钱, 一百蚊), and
// halves (三斤半, 一个半小时, 半个月, 一半).

// smallMoney reads a money unit told from a word by what follows it.
func (f *finder) smallMoney(n numeral, k int) (unitEntry, int, bool) {
	s := f.s
	for _, m := range smallMoneyUnits {
		if !hasPrefix(s, k, m.Text) {
			continue
		}
		e := k + len(m.Text)
		r, sz := at(s, e)
		ok := false
		switch {
		case m.Take != "" && containsRune(m.Take, r):
			e += sz
			ok = true
		case m.Compound && f.hasSubUnit(m.Text, e):
			ok = true
		case m.Alone && !containsRune(m.NotAfter, r):
			ok = true
		case (m.EndOnly || m.Arabic && n.arabic && !n.chinese) && !hanzi.IsHan(r):
			ok = true
		case m.Priced && !hanzi.IsHan(r) && containsAnyWord(clauseBefore(s, n.start, 8), priceWords):
			ok = true
		}
		if ok {
			return unitEntry{unitDef: m.unitDef}, e, true
		}
	}
	return unitEntry{}, k, false
}

// hasSubUnit reports whether a sub-unit or a closing digit follows lead.
func (f *finder) hasSubUnit(lead string, i int) bool {
	end, _ := f.subUnitsAfter(lead, i)
	return end > i
}

// subUnitsAfter reads the sub-units after a unit (3元|5角2分, 两美元|又三美分)
// and a closing digit (两毛|五). It returns where they end and what they add,
// in the leading unit.
func (f *finder) subUnitsAfter(lead string, i int) (int, float64) {
	end, add, _ := f.subUnitsPart(lead, i)
	return end, add
}

// subUnitsPart is subUnitsAfter with what the last unit read is worth in
// the leading one (0.1 after 3斤8两), for a closing 半.
func (f *finder) subUnitsPart(lead string, i int) (int, float64, float64) {
	s := f.s
	end, add := i, 0.0
	last, lastPart := lead, 1.0
	if len(subsByLead[lead]) == 0 && !containsRune(tenthTails, firstRune(lead)) {
		return end, add, 1 // most units: nothing to read
	}
	for _, su := range subsByLead[lead] {
		j := end
		if hasPrefix(s, j, "又") || hasPrefix(s, j, "零") {
			j += len("又")
		}
		n, ok := scanNumeral(s, j)
		if !ok || n.neg || n.val <= 0 || n.val*su.Part >= 1 || !hasPrefix(s, n.end, su.Sub) {
			continue
		}
		add += n.val * su.Part
		end = n.end + len(su.Sub)
		last, lastPart = su.Sub, su.Part
	}
	if containsRune(tenthTails, firstRune(last)) {
		digits := 1
		if last == "米" {
			digits = 2 // 1米75
		}
		if d, e, ok := f.tailDigits(end, digits); ok {
			add += d * lastPart / 10
			return e, add, lastPart / 10
		}
	}
	return end, add, lastPart
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// compound extends a quantity by the sub-units and the half after its unit.
func (f *finder) compound(q *Quantity, a *attach) {
	u := a.u
	end, add, part := f.subUnitsPart(u.Text, q.End)
	if end > q.End {
		q.Value += add / a.factor
		q.NormValue += add * u.Factor
		q.End = end
	}
	r, sz := at(f.s, q.End)
	// 三斤半 is 3.5 斤, 3斤8两半 is 3.85 斤; 两毛五半 and 5分半 are nothing
	if r != '半' || !a.n.integer || part < 0.1 || !(halfAfter[u.Kind] || u.Text == "个" || u.Text == "個") {
		return
	}
	q.Value += 0.5 * part / a.factor
	q.NormValue += 0.5 * part * u.Factor
	q.End += sz
	if u.Kind == Count {
		f.unitAfterHalf(q)
	}
}

// unitAfterHalf reads the unit after 一个半 (一个半小时, 两个半月): the count
// of 个 becomes a duration or measure.
func (f *finder) unitAfterHalf(q *Quantity) {
	u, end, ok := matchUnit(f.s, q.End)
	if !ok || u.Kind == Count || u.Kind == Percent || u.Kind == PPChange {
		return
	}
	if u.date {
		u.Kind, u.Norm = Duration, u.Text
	}
	q.Unit += u.Text
	q.Kind, q.NormUnit = u.Kind, u.Norm
	q.NormValue = q.Value * u.Factor
	q.End = end
}

// oneHalf reads 一半 (half, 0.5).
func (f *finder) oneHalf(n numeral) (Quantity, int, bool) {
	if !n.single || n.val != 1 || !hasPrefix(f.s, n.end, "半") {
		return Quantity{}, 0, false
	}
	end := n.end + len("半")
	if r, _ := at(f.s, end); containsRune(notHalfAfter, r) {
		return Quantity{}, 0, false
	}
	q := f.make(n.start, end, n.start, end, 0.5, "", 0.5, "", Number)
	q.Chinese = true
	return q, end, true
}

// halfOf reads 半 before a unit (半个月, 半个苹果, 半斤, 半小时) and 半百.
func (f *finder) halfOf(i int) (Quantity, int, bool) {
	s := f.s
	j := i + len("半")
	if pr, _ := before(s, i); containsRune(notHalfBefore, pr) || class(pr) != cNone {
		return Quantity{}, 0, false
	}
	if hasPrefix(s, j, "百") {
		if r, _ := at(s, j+len("百")); !hanzi.IsHan(r) {
			q := f.make(i, j+len("百"), i, j+len("百"), 50, "", 50, "", Number)
			q.Chinese = true
			return q, q.End, true
		}
	}
	u, end, ok := matchUnit(s, j)
	if !ok || u.date || !(u.Kind == Physical || u.Kind == Duration || u.Text == "个" || u.Text == "個") {
		return Quantity{}, 0, false
	}
	q := f.make(i, end, i, j, 0.5, stripSpace(s[j:end]), 0.5*u.Factor, u.Norm, u.Kind)
	q.Chinese = true
	return q, end, true
}
