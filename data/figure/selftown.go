package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// townsHost is the place a self word (全县: endings 县) names in a text
// whose subject is not known but whose towns all lie in one such place: a
// county's news that names its towns in passing (化龙镇高桥村、野人谷镇杜川村
// 等乡村旅游点…。假日期间，全县接待乡村游游客逾11万人次) is the county's,
// and 全县's figures are the county's, not the town's named last. "" when
// the text names no town, or towns of two such places.
func (x *extractor) townsHost(endings []string) string {
	if x.pl.g == nil {
		return ""
	}
	// The answer depends on the endings alone (the mentions are the
	// text's): asked for every self word's figure in a text with no
	// subject, the scan of every mention was figures × mentions.
	key := strings.Join(endings, "|")
	if host, ok := x.townHosts[key]; ok {
		return host
	}
	if x.townHosts == nil {
		x.townHosts = map[string]string{}
	}
	host := x.scanTownsHost(endings)
	x.townHosts[key] = host
	return host
}

// scanTownsHost is townsHost's answer, read from the mentions.
func (x *extractor) scanTownsHost(endings []string) string {
	found := ""
	for _, m := range x.pl.mentions {
		if len(m.Codes) != 1 || x.pl.level(m) != gazetteer.Town || !x.townWritten(m) {
			continue
		}
		chain := x.pl.g.Chain(m.Codes[0])
		if len(chain) < 2 {
			continue
		}
		pl, ok := selfIn(chain[:len(chain)-1], endings) // above the town itself
		if !ok {
			continue
		}
		if found != "" && found != pl.Name {
			return "" // towns of two counties: which one is not said
		}
		found = pl.Name
		x.pl.noteCode(pl.Name, pl.Code)
	}
	return found
}

// noteCode records the code of a place the text does not write but a
// figure is given (the county of the towns it writes), so that codeOf
// finds it; a name the text writes keeps the code it was written with.
func (p *places) noteCode(name, code string) {
	if p.codeOf(name) == "" {
		p.codes[name] = code
	}
}

// townVillages end the name of a village or community written right after
// its town (野人谷镇杜川村, 城关镇东街社区).
var townVillages = []string{"村", "社区"}

// townWritten reports whether the town mention m is written as a place:
// after the name of a place above it (平和县霞寨镇) or before one of its
// villages (野人谷镇杜川村) — a town's name read inside other words (高于城镇
// 消费品: 于城镇) is neither.
func (x *extractor) townWritten(m gazetteer.Mention) bool {
	for _, p := range x.pl.at(max(0, m.Start-24), m.Start) {
		if p.End == m.Start {
			return true
		}
	}
	after := x.s[m.End:min(len(x.s), m.End+18)]
	if k := strings.IndexAny(after, "，,、。；;：:（( \n"); k >= 0 {
		after = after[:k]
	}
	return containsAny(after, townVillages)
}
