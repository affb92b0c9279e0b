package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// siblingJoins join the places of a list (大理、祥云、宾川; 恩施和利川).
var siblingJoins = []string{"、", "和", "及", "与"}

// preferListedSibling settles a short form that names both a prefecture
// and its own seat of the same name (大理: 大理白族自治州 or 大理市; 阿克苏:
// the 地区 or the city) on the seat when it is listed with the seat's
// siblings: a 州's report ranking its counties (大理、祥云、宾川分别增长
// 5.2%、6.1%、4.3%; 恩施、利川分别增长…) lists the city among them, not
// the 州 above them. Alone, the short form still names the prefecture
// (preferOuter).
func preferListedSibling(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention) []gazetteer.Mention {
	for i := range ms {
		seat, ok := seatOf(g, ms[i].Codes)
		if !ok {
			continue
		}
		outer := g.Chain(seat)
		parent := outer[len(outer)-2].Code
		if i > 0 && listedChild(g, text, ms[i-1], ms[i], parent) || i+1 < len(ms) && listedChild(g, text, ms[i+1], ms[i], parent) {
			ms[i].Codes = []string{seat}
		}
	}
	return ms
}

// seatOf is the one code of codes whose parent is another of them (大理市
// under 大理白族自治州) when codes are just those two.
func seatOf(g *gazetteer.Gazetteer, codes []string) (string, bool) {
	if len(codes) != 2 {
		return "", false
	}
	for k, c := range codes {
		if pl, ok := g.Place(c); ok && pl.Parent == codes[1-k] {
			return c, true
		}
	}
	return "", false
}

// listedChild reports whether the neighbour mention n, a place under parent
// and not the seat itself, is joined to m as the next or previous item of a
// list.
func listedChild(g *gazetteer.Gazetteer, text string, n, m gazetteer.Mention, parent string) bool {
	if len(n.Codes) != 1 {
		return false
	}
	if pl, ok := g.Place(n.Codes[0]); !ok || pl.Parent != parent {
		return false
	}
	from, to := n.End, m.Start
	if m.End <= n.Start {
		from, to = m.End, n.Start
	}
	if from > to {
		return false
	}
	gap := strings.TrimSpace(text[from:to])
	for _, w := range siblingJoins {
		if gap == w {
			return true
		}
	}
	return false
}
