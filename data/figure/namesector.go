package figure

import "strings"

// sectorNames are the three industries a whole is broken down by (分产业
// 看：第一产业4.41亿元…); written alone, each is that whole's part.
var sectorNames = []string{"第一产业", "第二产业", "第三产业"}

// outputTotals are the wholes whose parts by industry are 增加值.
var outputTotals = []string{"地区生产总值", "生产总值", "GDP", "国内生产总值", "经济总量"}

// sectorOfWhole: 地区生产总值52.22亿元…。分产业看：第一产业4.41亿元 is 第一产业
// 增加值; 固定资产投资增长9.7%。分产业看，第一产业增长129.2% is 第一产业
// 投资: a sector written alone measures what the figure before it measures,
// the whole's or its sibling sector's.
func (c *naming) sectorOfWhole() bool {
	if !isAny(c.n, sectorNames) || c.f.Kind != Level && c.f.Kind != Growth {
		return false
	}
	p := c.x.figureBefore(c.q.Start)
	if p == nil {
		return false
	}
	head := ""
	for _, s := range sectorNames {
		if rest, ok := strings.CutPrefix(p.Name, s); ok && s != c.n && (rest == "增加值" || rest == "投资") {
			head = rest // 第一产业增加值…，第二产业19.31亿元
		}
	}
	switch {
	case head != "":
	case isAny(p.Name, outputTotals):
		head = "增加值"
	case strings.HasSuffix(p.Name, "投资") && !hasPrefixAny(p.Name, sectorNames):
		head = "投资"
	default:
		return false
	}
	c.n += head
	return true
}
