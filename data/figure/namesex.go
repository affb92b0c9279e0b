package figure

import "strings"

// Parts of a population by sex. Bulletins list them after the whole, in
// its sentence or the next (年末全县总户籍人口为20.93万人…。按性别分：男
// 10.71万人，女10.22万人; 年末户籍人口49.81万人，其中城镇人口12.82万人，
// 占总人口的25.7%；男性25.79万人), often by one character. A statistician
// labels the column by the sex and the whole: 男性户籍人口, 女性人口.

// sexWords are the words a part by sex is written with, and the label's.
var sexWords = map[string]string{"男": "男性", "女": "女性", "男性": "男性", "女性": "女性"}

// sexPartGap is how many bytes before the part its whole may be written:
// a sentence or two of a bulletin's population paragraph.
const sexPartGap = 300

// sexPart: see sexWords. A share of a part (男性占总人口的51.8%) is the
// share of its population.
func (c *naming) sexPart() bool {
	if c.f.Kind == Share {
		for _, w := range []string{"男性占", "女性占"} {
			if rest, ok := strings.CutPrefix(c.n, w); ok {
				c.n = w[:len(w)-len("占")] + "人口占" + rest
				return true
			}
		}
		return false
	}
	sex, ok := sexWords[c.n]
	if !ok || c.f.Kind != Count {
		return false
	}
	c.n = sex // the part's own label, when no whole is found
	if whole := c.x.populationBefore(c.q.Start, c.f.NormUnit); whole != "" {
		c.n = sex + whole
	}
	return true
}

// populationBefore is the population a part written at pos belongs to —
// the name of the last count of people in unit before it in its paragraph,
// its part and 总 taken off (城镇户籍人口 and 总户籍人口 are of 户籍人口) —
// or "".
func (x *extractor) populationBefore(pos int, unit string) string {
	for k := len(x.out) - 1; k >= 0; k-- {
		g := &x.out[k]
		if g.Derived || g.Start >= pos {
			continue
		}
		if pos-g.End > sexPartGap || strings.Contains(x.s[g.End:pos], "\n") {
			return ""
		}
		if g.Kind != Count || g.NormUnit != unit || !strings.HasSuffix(g.Name, "人口") {
			continue
		}
		n := strings.TrimPrefix(trimPrefixesOnce(g.Name, partWords), "总")
		for _, q := range wholeQualifiers {
			if strings.HasSuffix(n, q+"人口") {
				return q + "人口"
			}
		}
		return "人口"
	}
	return ""
}
