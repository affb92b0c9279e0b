package figure

import "strings"

// Naming by the figure before: a part listed under 其中 takes the whole's
// qualifier (年末常住人口94.5万人，其中：城镇人口42.1万人 is 城镇常住人口),
// and a rate introduced by who ranks (洋浦以增速14.2%位列第一) is a rate of
// the indicator the text is about, not of 洋浦以.

// wholeQualifiers say which whole a count of people is (常住, 户籍); the parts
// of the whole in partWords are named with it.
var (
	wholeQualifiers = []string{"常住", "户籍"}
	partWords       = []string{"城镇", "乡村", "农村", "男性", "女性", "城市"}
	partHeads       = []string{"人口"}
)

// partOfWhole: 其中：城镇人口42.1万人 after 常住人口94.5万人 is 城镇常住人口.
func (c *naming) partOfWhole() bool {
	if c.f.Kind != Count {
		return false
	}
	whole := c.x.lastNamed(c.q.Start)
	if whole == nil || whole.Kind != Count || whole.NormUnit != c.f.NormUnit {
		return false
	}
	for _, h := range partHeads {
		part, ok := strings.CutSuffix(c.n, h)
		if !ok || !isAny(part, partWords) {
			continue
		}
		for _, q := range wholeQualifiers {
			if strings.HasSuffix(whole.Name, q+h) {
				c.n = part + q + h
				return true
			}
		}
	}
	return false
}

// rateAfterYi: 洋浦以增速14.2% — the words before 以 say who, the rate is
// the rate; later stages find of what.
func (c *naming) rateAfterYi() bool {
	if k := strings.LastIndex(c.n, "以"); k > 0 && rateAttributes[c.n[k+len("以"):]] {
		c.n = c.n[k+len("以"):]
	}
	return false
}

// sownCrop: 种植水稻68万亩 is 水稻种植面积, an area named by its crop.
func (c *naming) sownCrop() bool {
	if c.f.Kind != Physical || !isAny(c.f.NormUnit, areaUnits) && !isAny(c.f.Unit, areaUnits) {
		return false
	}
	for _, v := range []string{"种植", "播种"} {
		if crop, ok := strings.CutPrefix(c.n, v); ok && runeLen(crop) >= 1 && !strings.Contains(crop, "面积") {
			c.n = crop + v + "面积"
			return true
		}
	}
	return false
}

// areaUnits are the units of a sown area.
var areaUnits = []string{"亩", "万亩", "公顷", "千公顷", "平方米", "平方公里"}

func isAny(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}
