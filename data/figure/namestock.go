package figure

import "strings"

// stockEnds end the name of a herd's stock or turnover (生猪存栏, 生猪出栏).
var stockEnds = []string{"存栏", "出栏"}

// partOfStock: 生猪存栏28.4万头，其中能繁母猪2.9万头 — a part of a herd
// listed under 其中 by its animals alone is counted as the whole is
// (能繁母猪存栏).
func (c *naming) partOfStock() bool {
	if c.f.Kind != Count || runeLen(c.n) < 2 || containsAny(c.n, stockEnds) {
		return false
	}
	whole := c.x.lastNamed(c.q.Start)
	if whole == nil || whole.Kind != Count || whole.NormUnit != c.f.NormUnit {
		return false
	}
	for _, e := range stockEnds {
		if strings.HasSuffix(whole.Name, e) && strings.Contains(c.x.s[whole.End:c.q.Start], "其中") {
			c.n += e
			return true
		}
	}
	return false
}
