package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// rangeListWords introduce, after the ranks they follow, the places that
// hold them in order (排在第二位到第五位的,分别是乌鲁木齐、海口、呼和浩特和贵阳).
var rangeListWords = []string{"分别是", "分别为", "依次是", "依次为"}

// rankHolder is the place a rank q is held by: the place its 的 runs on
// to (第二位的泸州市), else, for the ranks of a range whose holders are
// listed after it (第二位到第五位的,分别是乌鲁木齐、…和贵阳), the first place
// listed for the range's first rank and the last for its last; "" when
// neither is written.
func (x *extractor) rankHolder(q quantity.Quantity) string {
	if r := x.rankedPlace(q.End); r != "" {
		return r
	}
	rest := compact(x.s[q.End:min(len(x.s), q.End+24)])
	rest, ok := strings.CutPrefix(rest, "的")
	if !ok {
		return ""
	}
	rest = trimLeftSet(rest, ",，")
	w := ""
	for _, lw := range rangeListWords {
		if strings.HasPrefix(rest, lw) {
			w = lw
		}
	}
	if w == "" {
		return ""
	}
	run := x.placeRunAt(q.End + strings.Index(x.s[q.End:], w) + len(w))
	if len(run) < 2 {
		return ""
	}
	m := run[0]
	if hasSuffixAny(compact(x.s[max(0, q.Start-6):q.Start]), []string{"到", "至"}) {
		m = run[len(run)-1] // 第二位到第五位: the range's last rank, the list's last place
	}
	name, _ := x.pl.nameOf(m)
	return name
}

// placeRunAt is the run of places above town level written from at on,
// joined by listJoins, up to the end of the clause.
func (x *extractor) placeRunAt(at int) []gazetteer.Mention {
	end := clauseEnd(x.s, at, min(len(x.s), at+600))
	var run []gazetteer.Mention
	for _, m := range x.pl.at(at, end) {
		if m.End > end || len(m.Codes) != 1 || x.pl.level(m) == gazetteer.Town {
			break
		}
		if len(run) == 0 && compact(x.s[at:m.Start]) != "" || len(run) > 0 && !placeListGap(x.s[run[len(run)-1].End:m.Start]) {
			break
		}
		run = append(run, m)
	}
	return run
}
