package figure

import "github.com/zhibiao/zhibiao/data/gazetteer"

// townLeads reports whether the town mention m, a name no other town has,
// opens its clause (贾家口镇打造…, 今年以来,宣风镇制定…): a town's own news
// written by its county's media names the county nowhere, and a city it
// names in passing (东营等4个省级面貌提升村, a village; 江西德凯车灯有限公
// 司, a firm) must not make the town unknown. A town read inside a word
// (其中城镇人口 holds 中城镇) never opens a clause, and a shared name
// (城关镇) still needs a place above it.
func townLeads(text string, m gazetteer.Mention) bool {
	if len(m.Codes) != 1 {
		return false
	}
	return ownerPosition(text[clauseStart(text, max(0, m.Start-240), m.Start):m.Start])
}
