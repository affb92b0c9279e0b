package figure

// The economy's growth written as such (经济增长6%左右, 全市经济增长5.8%)
// is the growth of the region's product: the statistic a report's 经济增长
// measures is 地区生产总值 (as 经济增速 and 经济总量 are, in synonyms), and a
// bare 经济 labels no column.

// economyNames are the bare words for the economy, and the indicator.
var economyNames = map[string]string{"经济": "地区生产总值"}

// economyGrowth: see economyNames; only rates, as an amount of 经济 is not
// written so.
func (c *naming) economyGrowth() bool {
	n, ok := economyNames[c.n]
	if !ok || c.f.Kind != Growth && c.f.Kind != PPChange {
		return false
	}
	c.n = n
	return true
}
