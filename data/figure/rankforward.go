package figure

import "strings"

// nameRanksByNextRate: 酒泉、定西排名第二和第三，GDP增速分别为4.6%、4.0% — a rank
// left unnamed, whose holder's rate follows in the same sentence, is the
// rank of that rate: it takes the rate's name. Ranks are named as they are
// read, before the figures after them, so this is done once all are read.
func (x *extractor) nameRanksByNextRate() {
	for k := range x.out {
		f := &x.out[k]
		if f.Derived || f.Kind != Rank || f.Name != "" || f.Region == "" || !x.holderWritten(*f) {
			continue
		}
		for j := k + 1; j < len(x.out); j++ {
			g := x.out[j]
			if g.Start < f.End || strings.ContainsAny(x.s[f.End:g.Start], "。；;\n") {
				break
			}
			if g.Derived || g.Kind == Rank || g.Region != f.Region {
				continue // 第三 of 定西 goes past 酒泉's 4.6% to 定西's 4.0%
			}
			if g.Name != "" && (g.Kind == Growth || g.Kind == Share) {
				f.Name = g.Name
			}
			break
		}
	}
}

// holderWritten: the rank's clause writes the place that holds it (酒泉、定西
// 排名第二和第三), rather than the rank falling to the document's place.
func (x *extractor) holderWritten(f Figure) bool {
	for _, m := range x.pl.at(clauseStart(x.s, max(0, f.Start-240), f.Start), f.Start) {
		if name, _ := x.pl.nameOf(m); name == f.Region {
			return true
		}
	}
	return false
}
