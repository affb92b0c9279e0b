package figure

import "strings"

// A 分别 comparison may list what one rate is compared with rather than
// the rates: 一产增加值增长8%，分别高于全国、全区0.2、0.1个百分点 holds one
// growth above two places, so both gaps are that growth's, not one for
// each figure before it.

// comparedListOpeners start the things a comparison lists that are places
// or the periods a rate is compared with (上年全年和上年同期), never an
// indicator of their own.
var comparedListOpeners = []string{"全", "上年", "去年", "同期"}

// memberComparedPlaces: see above. The name is the rate's just before the
// numbers.
func (x *extractor) memberComparedPlaces(q memberQuery) (string, bool) {
	if !q.cl.fenbie || q.cl.name != "" || q.f.Kind != PPChange || !comparedList(q.cl.comparison, q.n) {
		return "", false
	}
	p := x.figureBefore(x.qs[q.first].Start)
	if p == nil || p.Kind != Growth || p.Name == "" {
		return "", false
	}
	return p.Name, true
}

// comparedList: a comparison (高于全市、全省平均增速) lists n things
// compared with, each a place or a period by comparedListOpeners.
func comparedList(comparison string, n int) bool {
	k := comparisonAt(comparison)
	if k < 0 || n < 2 {
		return false
	}
	rest := comparison[k:]
	for _, m := range comparisonMarks {
		if r, ok := strings.CutPrefix(rest, m); ok {
			rest = r
			break
		}
	}
	parts := splitOn(rest, "、和及")
	if len(parts) != n {
		return false
	}
	for _, p := range parts {
		if !hasPrefixAny(p, comparedListOpeners) {
			return false
		}
	}
	return true
}
