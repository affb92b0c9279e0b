package figure

import "strings"

// harvestOfPrevious: 粮食产量1.37万亿斤，增产74亿斤 — an amount named by a
// bare harvest verb is the harvest's change of the output named before it:
// the crop's 增产 (粮食增产), as statisticians label it.
func (c *naming) harvestOfPrevious() bool {
	if c.f.Kind != Physical || !isAny(c.n, harvestVerbs) || c.prev == nil || c.prev.Kind != Physical {
		return false
	}
	crop, w := trimSuffixes(c.prev.Name, harvestOf)
	if w == "" || runeLen(crop) < 1 || strings.ContainsAny(crop, "、和") {
		return false
	}
	c.n = crop + c.n
	return true
}

// harvestOf end the name of a harvest (粮食总产量, 早稻产量).
var harvestOf = []string{"总产量", "产量", "总产"}
