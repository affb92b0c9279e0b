package figure

// memberName's ways to name one member of a list, as a table: each is
// tried in order and the first that answers wins. The order is the
// rules' priority: a list the clause itself writes beats one kept from
// earlier in the sentence, which beats the figure's own name. Several
// keep the members they find (x.split) for the lists of the same
// sentence that name none, so the order also decides what is kept.

// memberQuery is quantity i of the list first..last (n numbers), in
// clause cl, whose figure so far is f.
type memberQuery struct {
	i, first, last, n int
	cl                clause
	f                 Figure
}

// k is the member's place in its list.
func (q memberQuery) k() int { return q.i - q.first }

// memberWays are memberName's strategies, in the order they are tried.
var memberWays = []func(*extractor, memberQuery) (string, bool){
	(*extractor).memberFitted,
	(*extractor).memberComparedPlaces,
	(*extractor).memberReferred,
	(*extractor).memberOfTotals,
	(*extractor).memberPull,
	(*extractor).memberContribution,
	(*extractor).memberPlaces,
	(*extractor).memberCountedList,
	(*extractor).memberJudgedRate,
	(*extractor).memberCountedCompared,
	(*extractor).memberListSubject,
	(*extractor).memberSplitName,
	(*extractor).memberKeptUnnamed,
	(*extractor).memberKeptAttribute,
	(*extractor).memberSplitFigureName,
	(*extractor).memberHead,
}

// splitHere reports whether the members kept belong to this sentence
// and are as many as the numbers: only then can a list that names none
// take them.
func (x *extractor) splitHere(n int) bool {
	return len(x.split) == n && x.splitSent == x.sentStart
}

// keepSplit keeps parts as the sentence's members and names member k.
func (x *extractor) keepSplit(parts []string, k int) (string, bool) {
	x.split, x.splitSent = parts, x.sentStart
	return parts[k], true
}

// memberFitted: the clause lists its members before the numbers, one
// per number (接待游客数、旅游综合收入分别增长9.6%和6.9%); members left
// over wait for the numbers after.
func (x *extractor) memberFitted(q memberQuery) (string, bool) {
	parts := x.fitMembers(q.cl.members, q.cl.moreMembers, q.first, q.last)
	if parts == nil {
		return "", false
	}
	x.split, x.splitSent = parts[:q.n], x.sentStart
	x.splitMore, x.splitEnd = parts[q.n:], x.qs[q.last].End
	return x.shareOfNamed(grownMember(parts[q.k()], q.f.Kind), q.f.Kind), true
}

// memberReferred: …，两项指标分别比上年同期增长22%和23% refers to the
// indicators named before.
func (x *extractor) memberReferred(q memberQuery) (string, bool) {
	return nth(x.referredNames(q.cl, q.first, q.n), q.k())
}

// memberOfTotals: the members of a total written before.
func (x *extractor) memberOfTotals(q memberQuery) (string, bool) {
	return nth(x.totalsOfMembers(q.cl, q.first, q.n, q.f), q.k())
}

// memberPull: …贡献率分别为…，分别拉动经济增长0.9、-0.6和1.4个百分点 —
// what each member kept pulls.
func (x *extractor) memberPull(q memberQuery) (string, bool) {
	pull := pullOf(q.cl)
	if pull == "" || !x.splitHere(q.n) {
		return "", false
	}
	if subj := memberSubject(x.split[q.k()]); runeLen(subj) >= 2 {
		return subj + pull, true
	}
	return "", false
}

// memberContribution: …比重分别为…,对经济增长的贡献率分别为… — each
// member kept's contribution.
func (x *extractor) memberContribution(q memberQuery) (string, bool) {
	a := contributionOf(q.cl)
	if a == "" || !x.splitHere(q.n) {
		return "", false
	}
	return contributionName(x.split[q.k()], a), true
}

// memberPlaces: 遵义、黔西南、安顺地区生产总值…分别增长 — the places are
// regions, each with the indicator.
func (x *extractor) memberPlaces(q memberQuery) (string, bool) {
	if !q.cl.fenbie {
		return "", false
	}
	return nth(x.placesMembers(x.fenbieSubject(q.cl, q.first), x.qs[q.first].Start, q.n), q.k())
}

// memberCountedList: a 分别 clause naming nothing takes the list its
// clause counts or judges.
func (x *extractor) memberCountedList(q memberQuery) (string, bool) {
	if !q.cl.fenbie || q.cl.name != "" {
		return "", false
	}
	cs := clauseStart(x.s, x.sentStart, x.qs[q.first].Start)
	parts := x.countedList(cs, q.n)
	if parts == nil {
		parts = x.judgedList(cs, q.n)
	}
	if parts == nil {
		return "", false
	}
	return x.keepSplit(parts, q.k())
}

// memberListSubject: a 分别 clause whose members are the subjects of the
// figures before it.
func (x *extractor) memberListSubject(q memberQuery) (string, bool) {
	if !q.cl.fenbie {
		return "", false
	}
	subj := x.listSubjects(q.first, q.last, q.f.Kind)
	if subj == nil {
		return "", false
	}
	return x.out[subj[q.k()]].Name, true
}

// memberSplitName: the clause's name itself lists n members.
func (x *extractor) memberSplitName(q memberQuery) (string, bool) {
	parts := splitSubjects(q.cl.name, q.n)
	if parts == nil {
		return "", false
	}
	return x.keepSplit(parts, q.k())
}

// memberKeptUnnamed: …提升到年底的86.4%、95%、92.8% names nothing and
// takes the members kept from before in its sentence.
func (x *extractor) memberKeptUnnamed(q memberQuery) (string, bool) {
	if q.cl.name != "" || !x.splitHere(q.n) {
		return "", false
	}
	return x.split[q.k()], true
}

// memberKeptAttribute: a clause naming only an attribute (占比) gives
// each member kept that attribute.
func (x *extractor) memberKeptAttribute(q memberQuery) (string, bool) {
	if !memberAttributes[q.cl.name] || !x.splitHere(q.n) {
		return "", false
	}
	return attributeOfMember(x.split[q.k()], q.cl.name), true
}

// memberSplitFigureName: 进口、出口双向发力，分别增长50.7%、45% — the
// clause before lists them, and the figure took that list as its name.
func (x *extractor) memberSplitFigureName(q memberQuery) (string, bool) {
	if !q.cl.fenbie || q.cl.name != "" {
		return "", false
	}
	parts := splitSubjects(q.f.Name, q.n)
	if parts == nil {
		return "", false
	}
	return x.keepSplit(parts, q.k())
}

// memberHead: a clause writing only an indicator (产值) after a clause
// listing members.
func (x *extractor) memberHead(q memberQuery) (string, bool) {
	return nth(x.headMembers(q.first, q.n, q.cl), q.k())
}

// nth is parts[k], when there are parts.
func nth(parts []string, k int) (string, bool) {
	if parts == nil {
		return "", false
	}
	return parts[k], true
}
