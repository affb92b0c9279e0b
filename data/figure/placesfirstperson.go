package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// belowFirstPerson are the first-person self words that name a place below
// one of each level: a report that says 我市 is not a province's, one that
// says 我县 not a prefecture's. (我市 in a district's report is its city,
// above it, so only words for places below are read; 我区 may be an
// autonomous region's, so it is left out.)
var belowFirstPerson = map[gazetteer.Level][]string{
	gazetteer.Province:   {"我市", "本市", "我州", "本州", "我盟", "本盟", "我县", "本县", "我旗", "本旗"},
	gazetteer.Prefecture: {"我县", "本县", "我旗", "本旗"},
}

// ownFirstPerson are the first-person self words of a place's own kind.
var ownFirstPerson = []string{"我省", "本省", "我区", "本区", "我市", "本市", "我州", "本州", "我盟", "本盟"}

// speaksAsBelow reports whether text speaks of its own place in the first
// person as a place below pl, and never by pl's own kind: 经河南省统计局统一
// 核算，上半年我市地区生产总值…高于全省 is a city's report, not 河南省's.
func speaksAsBelow(text string, pl gazetteer.Place) bool {
	below := belowFirstPerson[pl.Level]
	if len(below) == 0 || !containsAny(text, below) {
		return false // most reports: the text read once per word, no more
	}
	for _, w := range ownFirstPerson {
		if strings.HasSuffix(pl.Name, w[len(w)-len("省"):]) && strings.Contains(text, w) {
			return false // 我省 in 河南省's own report
		}
	}
	return true
}

// code0 is the place code of a subject key (code, or code|zone).
func code0(key string) string {
	code, _, _ := strings.Cut(key, "|")
	return code
}
