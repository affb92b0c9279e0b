package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// The count of those a rank is among, written between the rank verb and
// the rank (增速位居9个市(州)首位, 居全省14个市州第3位, 排名全市12个县区前
// 列): the rank is the figure, the count only says among how many.

// rankAmongScopes may stand between the rank verb and the count.
var rankAmongScopes = []string{"全国", "全省", "全市", "全区", "全州", "全盟", "全县"}

// rankAmongEnds open the rank after the group counted.
var rankAmongEnds = []string{"首位", "第", "前列", "前", "末位", "榜首", "之首"}

// rankAmongMaxRunes bounds the group's noun (市(州), 县(市、区)).
const rankAmongMaxRunes = 8

// rankAmong: see rankAmongEnds.
func rankAmong(before, after string) bool {
	b, _ := trimSuffixes(compact(lastRunes(before, 8)), rankAmongScopes)
	if _, v := trimSuffixes(b, rankVerbs); v == "" {
		return false
	}
	seg := untilStop(after)
	k := -1
	for _, w := range rankAmongEnds {
		if j := strings.Index(seg, w); j > 0 && (k < 0 || j < k) {
			k = j
		}
	}
	if k < 0 {
		return false
	}
	group := seg[:k]
	return runeLen(group) <= rankAmongMaxRunes && !strings.ContainsFunc(group, isDigitRune) && !strings.Contains(group, "、")
}

// amongCount: quantity p is the count a rank is among (the 9 of 位居9个
// 市(州)首位).
func (x *extractor) amongCount(p quantity.Quantity) bool {
	after := x.s[p.End:min(len(x.s), p.End+60)]
	return (p.Unit != "" || hasPrefixAny(after, placeLevels)) && p.Kind != quantity.Rank && rankAmong(x.s[max(0, p.Start-30):p.Start], after)
}

// placeLevels may follow a bare count of places a rank is among, written
// with no measure word (均位居7县(市)第一).
var placeLevels = []string{"县", "市", "区", "省", "州", "盟", "旗"}

// topUnits count places in a ranking's top: 排名全省前3位, 前十位, 前三名.
var topUnits = []string{"位", "名"}

// topBracket: a count of places after 前 bounds a ranking's top (增速排名全
// 省前3位, 经济总量排在前十位的县市); it is no figure, as c08's and o07's golds
// say.
func topBracket(before string, q quantity.Quantity) bool {
	return isAny(q.Unit, topUnits) && strings.HasSuffix(before, "前")
}
