package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// selfSentenceReach is how far back, in bytes, the sentence holding a self
// word is read for the place it may name.
const selfSentenceReach = 600

// sentenceSelfPlace is the place a self word of a kind the report's own
// place is not (全区 in 天津市's report) names: the one place below the
// subject of that kind written before it in its sentence (其中滨海新区…，
// 2020年全区地区生产总值预计为7000亿元), or "" when none or several are.
func (x *extractor) sentenceSelfPlace(pos int, endings []string) string {
	if len(x.pl.subject) == 0 {
		return ""
	}
	from := max(0, pos-selfSentenceReach)
	if k := strings.LastIndexAny(x.s[from:pos], "。！？\n"); k >= 0 {
		from += k
	}
	found := ""
	for _, m := range x.pl.at(from, pos) {
		if m.End > pos || len(m.Codes) != 1 || x.pl.level(m) == gazetteer.Town {
			continue
		}
		name, _ := x.pl.nameOf(m)
		if !hasSuffixAny(name, endings) || !x.pl.belowSubject(name) {
			continue
		}
		if found != "" && found != name {
			return "" // 和平区、河西区…全区: which one is not said
		}
		found = name
	}
	return found
}

// lastPlaceReach is how far back, in bytes, 该地区 looks for its place.
const lastPlaceReach = 600

// lastPlace is the place above town level named last before pos, within
// lastPlaceReach bytes, or "".
func (x *extractor) lastPlace(pos int) string {
	ms := x.pl.at(max(0, pos-lastPlaceReach), pos)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].End <= pos && len(ms[i].Codes) == 1 && x.pl.level(ms[i]) != gazetteer.Town {
			name, _ := x.pl.nameOf(ms[i])
			return name
		}
	}
	return ""
}
