package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// dayOpen is a news item's lead opening with its day: 4月3日上午, 3月4日,
// 12月18日晚.
var dayOpen = regexp.MustCompile(`^\s*(1[0-2]|[1-9])\s*月\s*([12]\d|3[01]|[1-9])\s*日\s*(?:上午|下午|晚上|晚间|晚|早上|凌晨|中午)?\s*[,，]`)

// dayLead is the day of a news item whose first body paragraph opens with
// it, with the year its first sentence writes for what it reports:
// 4月3日上午,2022年开封市通许县春季线上项目签约暨招商大会召开 (i09), 3月4日,
// 石泉县2020年招商引资项目集中签约仪式成功举行 (i08). The item's figures
// are of that year, though they are written paragraphs later. The zero
// Date when the lead is not so.
func dayLead(a *Article) Date {
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		m := dayOpen.FindStringSubmatchIndex(p.Text)
		if m == nil {
			return Date{}
		}
		sent := firstSentence(p.Text[m[1]:])
		for _, y := range yearWord.FindAllStringSubmatchIndex(sent, -1) {
			after, before := sent[y[1]:], strings.TrimSpace(sent[:y[0]])
			if hasPrefixAny(after, notThisYearAfter) || hasSuffixAny(before, notThisYearBefore) || isBase(before) {
				continue
			}
			year, _ := strconv.Atoi(sent[y[2]:y[3]])
			month, _ := strconv.Atoi(p.Text[m[2]:m[3]])
			day, _ := strconv.Atoi(p.Text[m[4]:m[5]])
			return Date{Year: year, Month: month, Day: day}
		}
		return Date{}
	}
	return Date{}
}
