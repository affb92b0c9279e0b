package figure

import "strings"

// ownerJoins stand between places listed as one subject (渝北和长寿, 重庆、
// 天津): a figure after such a list with no 分别 to share its values out is
// all of theirs at once, and none of them alone.
var ownerJoins = []string{"、", "和", "及", "与"}

// sharedOwner reports whether o, the owner of the figure at pos, is one of
// a list of places written as one subject (渝北和长寿增速超过7%; 大渡口、九龙
// 坡、南岸等区县的增速均在6%及以上; 重庆、天津两个直辖市): the place written
// right before or after it, joined to it by 、和及与, is not a scope of
// comparison. The figure's region is then none of them, rather than the
// one the owner rules happen to keep. all are the owners written in
// [ss, pos), in order.
func (x *extractor) sharedOwner(all []owner, o owner, ss, pos int) bool {
	if o.end <= pos && containsAny(x.s[o.end:pos], respectiveWords) {
		return false // 河南、湖北、广东分居第三至第五位: the list's own words share it out
	}
	for k, a := range all {
		if a.start != o.start {
			continue
		}
		if k > 0 && x.coOwner(all[k-1], a, ss, pos) {
			return true
		}
		return k+1 < len(all) && x.coOwner(a, all[k+1], ss, pos)
	}
	return false
}

// coOwner reports whether owners a and b, a written first, are joined as
// one list and neither is a scope or part of a name.
func (x *extractor) coOwner(a, b owner, ss, pos int) bool {
	if a.end > b.start || a.owner == b.owner || a.nameLike || b.nameLike {
		return false
	}
	gap := strings.TrimSpace(x.s[a.end:b.start])
	if !matchAny(gap, ownerJoins) {
		return false
	}
	return x.ownerRole(a, ss, pos) != scopes && x.ownerRole(b, ss, pos) != scopes
}
