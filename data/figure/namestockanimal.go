package figure

import "strings"

// animalOfStock: 生猪存栏50500头，下降3.7%，出栏68700头 — a herd's turnover
// written after its stock by the verb alone is the same animal's (生猪出栏),
// as county bulletins list each animal's 存栏 and 出栏 in one clause group.
func (c *naming) animalOfStock() bool {
	if !isAny(c.n, stockVerbs) {
		return false
	}
	before := c.x.lastNamed(c.q.Start)
	if before == nil {
		return false
	}
	for _, v := range stockVerbs {
		if animal := strings.TrimSuffix(before.Name, v); animal != before.Name && animal != "" && v != c.n && isAny(animal, livestock) {
			c.n = animal + c.n
			return true
		}
	}
	return false
}
