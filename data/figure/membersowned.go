package figure

import "strings"

// ownedRateTail is the 对… rate the last of listed parts writes for all of
// them (消费、投资、净出口对经济增长的贡献率分别为55.4%、30.2%和14.4%: each
// part's contribution to growth), when the others write none; else "".
func ownedRateTail(parts []string) string {
	last := parts[len(parts)-1]
	k := strings.Index(last, "对")
	if k <= 0 || !containsAny(last[k:], ownedRates) {
		return ""
	}
	for _, p := range parts[:len(parts)-1] {
		if strings.Contains(p, "对") || containsAny(p, ownedRates) {
			return ""
		}
	}
	return last[k:]
}
