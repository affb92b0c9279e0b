package gazetteer

import "slices"

// Resolve narrows the mentions that name several places (朝阳区, 城关镇) by
// the places the same text names without ambiguity, and returns a copy.
// A candidate stays if an unambiguous place is its ancestor or descendant
// (长春 … 朝阳区 → 长春's 朝阳区; 北京市朝阳区 → 110105); failing that, if one
// shares its parent (北京 海淀区、朝阳区). Places fixed this way fix others
// in turn. A mention no rule narrows keeps all its codes: the caller treats
// more than one code as unresolved.
func (g *Gazetteer) Resolve(ms []Mention) []Mention {
	out := make([]Mention, len(ms))
	copy(out, ms)
	for changed := true; changed; {
		changed = false
		a := g.anchors(out)
		for i := range out {
			if len(out[i].Codes) < 2 {
				continue
			}
			if kept := g.listedChild(out, i); len(kept) == 1 {
				out[i].Codes = kept
				changed = true
				continue
			}
			if kept := g.narrow(out[i].Codes, a); len(kept) > 0 && len(kept) < len(out[i].Codes) {
				out[i].Codes = kept
				changed = true
			}
		}
	}
	return out
}

// anchorSet holds the codes of unambiguous mentions, their ancestors and
// their parents.
type anchorSet struct {
	named     map[string]bool // codes of unambiguous mentions
	ancestors map[string]bool // proper ancestors of those
	parents   map[string]bool // their parents
}

func (g *Gazetteer) anchors(ms []Mention) anchorSet {
	a := anchorSet{named: map[string]bool{}, ancestors: map[string]bool{}, parents: map[string]bool{}}
	for _, m := range ms {
		if len(m.Codes) != 1 || a.named[m.Codes[0]] {
			continue
		}
		a.named[m.Codes[0]] = true
		chain := g.Chain(m.Codes[0])
		for _, p := range chain[:max(len(chain)-1, 0)] {
			a.ancestors[p.Code] = true
		}
		if p, ok := g.Place(m.Codes[0]); ok {
			// provinces share the nation as parent ("" here): 浙江、河南和四
			// 川 lists 河南省, not 河南县
			a.parents[p.Parent] = true
		}
	}
	return a
}

// narrow keeps the codes related to an anchor: as ancestor or descendant
// first, else as sibling.
func (g *Gazetteer) narrow(codes []string, a anchorSet) []string {
	var kin, sib []string
	for _, c := range codes {
		switch {
		case a.named[c] || a.ancestors[c] || g.hasNamedAncestor(c, a.named):
			kin = append(kin, c)
		case a.parents[g.parentOf(c)]:
			sib = append(sib, c)
		}
	}
	if len(kin) > 0 {
		return g.kinAmongPeers(kin, a)
	}
	return sib
}

// kinAmongPeers keeps, of several related candidates, those the text also
// lists peers of (or names itself): in 海北、海南、黄南、果洛、玉树五州 all
// of 青海's, 玉树 is the prefecture beside its peers, not 玉树市 below it.
// When none or all are so supported, kin is kept whole.
func (g *Gazetteer) kinAmongPeers(kin []string, a anchorSet) []string {
	if len(kin) < 2 {
		return kin
	}
	var peered []string
	for _, c := range kin {
		if a.named[c] || a.parents[g.parentOf(c)] {
			peered = append(peered, c)
		}
	}
	if len(peered) == 0 {
		return kin
	}
	return peered
}

func (g *Gazetteer) hasNamedAncestor(code string, named map[string]bool) bool {
	for i := g.index(code); i >= 0; {
		i = g.index(g.places[i].Parent)
		if i >= 0 && named[g.places[i].Code] {
			return true
		}
	}
	return false
}

func (g *Gazetteer) parentOf(code string) string {
	p, _ := g.Place(code)
	return p.Parent
}

// listGap is the most a list's separator takes between two mentions: one
// character (、，和), three bytes.
const listGap = 3

// listedChild is the one candidate of ms[i] that is a child of another of
// its candidates when a mention listed right beside it is that child's
// sibling: in 红河州蒙自、个旧、…、红河、绿春, 红河 among 红河州's counties
// is 红河县, not the prefecture. nil when there is none.
func (g *Gazetteer) listedChild(ms []Mention, i int) []string {
	var out []string
	for _, c := range ms[i].Codes {
		p := g.parentOf(c)
		if slices.Contains(ms[i].Codes, p) && (g.listedSibling(ms, i, i-1, p) || g.listedSibling(ms, i, i+1, p)) {
			out = append(out, c)
		}
	}
	return out
}

// listedSibling reports whether ms[j], listed right beside ms[i], is
// resolved to a child of parent.
func (g *Gazetteer) listedSibling(ms []Mention, i, j int, parent string) bool {
	if j < 0 || j >= len(ms) || len(ms[j].Codes) != 1 {
		return false
	}
	a, b := ms[min(i, j)], ms[max(i, j)]
	return b.Start-a.End > 0 && b.Start-a.End <= listGap && g.parentOf(ms[j].Codes[0]) == parent
}
