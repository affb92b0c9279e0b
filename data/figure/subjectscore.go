package figure

import (
	"context"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// subjectScores is what subjectOf weighs: each place's score (keyed by
// its code, or code|text for a zone), the keys named in the body only
// by a dateline, and how each zone is written.
type subjectScores struct {
	score    map[string]float64
	filed    map[string]bool
	zoneText map[string]string
}

// mentionScores scores the places ms mention by where each stands
// (subjectWeight); towns and mentions of more than one place count for
// nothing.
func mentionScores(ctx context.Context, g *gazetteer.Gazetteer, text string, titleEnd int, ms []gazetteer.Mention) (subjectScores, error) {
	sc := subjectScores{score: map[string]float64{}, filed: map[string]bool{}, zoneText: map[string]string{}}
	titlePeers := peersParent(g, text, ms, titleEnd)
	for i, m := range ms {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return sc, ctx.Err()
		}
		pl, ok := subjectCandidate(g, m)
		if !ok {
			continue
		}
		w := subjectWeight(g, text, titleEnd, ms, i)
		if w == 0 {
			continue
		}
		key := pl.Code
		if pl.Parent != "" && pl.Parent == titlePeers && m.Start < titleEnd && w == titleWeight {
			key = pl.Parent // 渝北长寿潼南位列前三: the title compares 重庆's units
		}
		if m.Zone != "" {
			key = sc.zoneKey(g, text, ms, i, pl)
		}
		sc.score[key] += w
		noteFiled(sc.filed, key, w == datelineWeight)
	}
	return sc, nil
}

// subjectCandidate is the place m names when it can be a report's
// subject: one place only, and no town.
func subjectCandidate(g *gazetteer.Gazetteer, m gazetteer.Mention) (gazetteer.Place, bool) {
	if len(m.Codes) != 1 {
		return gazetteer.Place{}, false
	}
	pl, ok := g.Place(m.Codes[0])
	if !ok || pl.Level == gazetteer.Town {
		return gazetteer.Place{}, false
	}
	return pl, true
}

// zoneKey is the key of zone mention i (its host's code and its text),
// noting how the zone is written the first time it is met.
func (sc subjectScores) zoneKey(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention, i int, pl gazetteer.Place) string {
	key := pl.Code + "|" + ms[i].Text
	if _, ok := sc.zoneText[key]; !ok {
		sc.zoneText[key] = qualifiedZone(g, text, ms, i, zoneWritten(g, ms[i], pl))
	}
	return key
}

// leadingSubject is the key that leads score clearly enough to be the
// report's subject; ok false when no place does.
func leadingSubject(g *gazetteer.Gazetteer, a *corpus.Article, text string, sc subjectScores, named map[string]float64) (string, bool) {
	score := sc.score
	best, second := topTwo(score)
	if second != "" && score[second] == score[best] && properAncestor(g, second, best) {
		// a district naming its region as often as itself (良庆区 and 广西
		// twice each) is the district's report, as when it leads by less
		// than the margin (a zone tying its host is left as it was)
		best, second = second, best
	}
	if best == "" || second != "" && !clearLead(score, named, best, second) && !ancestorKey(g, best, second) {
		return "", false
	}
	if notTheSubject(g, a, text, score, sc.filed[best], best) || crowdedLead(g, named, best) {
		return "", false
	}
	return best, true
}
