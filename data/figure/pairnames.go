package figure

import "strings"

// fusedPairs are names that fuse two indicators, with the two in the order
// a list after them gives their values: 金融机构存贷款余额355.81亿元、195.72
// 亿元 (西峡, o04), 城乡居民收入达到23292元和7750元 (镇安, o05).
var fusedPairs = []struct {
	fused string
	parts [2]string
}{
	{"存贷款", [2]string{"存款", "贷款"}},
	{"城乡居民", [2]string{"城镇居民", "农村居民"}},
	// the pair written out, with no 分别 to split it by: 城镇和农村常住居民
	// 人均可支配收入完成29092元、17191元 (官渡区), 城镇、农村…
	{"城镇和农村", [2]string{"城镇", "农村"}},
	{"城镇、农村", [2]string{"城镇", "农村"}},
}

// pairListReach bounds how many values are walked on either side: a pair's
// list has two.
const pairListReach = 3

// pairNameReach is how far before its list, in bytes, a fused name stands.
const pairNameReach = 120

// splitPair names the n-th of a list of two values after a fused name by
// the n-th of its parts; any other figure keeps name.
func (x *extractor) splitPair(i int, name string) string {
	for _, p := range fusedPairs {
		// a list's member copies the name before it, already split (the
		// second the first's, the first of a second list the last's): the
		// fused name written before the list tells it apart
		fused := strings.Contains(name, p.fused)
		part := partIn(name, p.parts)
		if !fused && part < 0 {
			continue
		}
		first, last := i, i
		for first > 0 && i-first < pairListReach && valueJoin(x.s[x.qs[first-1].End:x.qs[first].Start]) {
			first--
		}
		for last+1 < len(x.qs) && last-i < pairListReach && valueJoin(x.s[x.qs[last].End:x.qs[last+1].Start]) {
			last++
		}
		if last-first != 1 {
			return name
		}
		if !fused {
			start := x.qs[first].Start
			if part == i-first || index(x.s[max(0, start-pairNameReach):start], p.fused) < 0 {
				continue // another pair may share the part (城镇和农村, 城镇、农村)
			}
			return strings.Replace(name, p.parts[part], p.parts[i-first], 1)
		}
		return strings.Replace(name, p.fused, p.parts[i-first], 1)
	}
	return name
}

// partIn is the index of the first of parts that name holds, or -1.
func partIn(name string, parts [2]string) int {
	for k, part := range parts {
		if strings.Contains(name, part) {
			return k
		}
	}
	return -1
}
