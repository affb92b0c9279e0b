package figure

import "strings"

// populationWords, after a count of people in 万 and at most a place's
// name, address a place's whole people as work reports do (740多万玉林人民,
// 2400多万陇原儿女, 130万人民自觉服从…): the count is the population.
var populationWords = []string{"人民", "儿女", "父老乡亲"}

// populationReach is how many characters of a place's name may stand
// between the count and populationWords (陇原, 玉林, 黔东南州).
const populationReach = 5

// population names such a count 人口. 人民群众 are the people served or
// mobilised (帮助10万人民群众), not all of them: that count keeps its name.
func (c *naming) population() bool {
	bare := c.f.Kind == Level && c.q.Unit == "万" // 740多万: counted as people only once named
	if c.f.Kind != Count && !bare || !strings.Contains(c.q.Unit, "万") {
		return false
	}
	after := c.x.s[c.q.End:min(len(c.x.s), c.q.End+(populationReach+4)*3)]
	if strings.HasSuffix(c.q.Unit, "人") {
		after = "人" + after // 130万人民: the number took 人民's 人 for its unit
	}
	for _, w := range populationWords {
		k := strings.Index(after, w)
		if k < 0 || runeLen(after[:k]) > populationReach || strings.HasPrefix(after[k+len(w):], "群众") {
			continue
		}
		if strings.ContainsAny(after[:k], "，,。；;、：:（()） 0123456789") {
			continue
		}
		c.n = "人口"
		return true
	}
	return false
}
