package corpus

import (
	"regexp"
	"strconv"
)

// annexTitle is a table appended to a release, named with the year and the
// part of it the release covers: 附表《2021年1-2月份全盟及分旗县市主要经济
// 指标完成情况及排序》. A release that writes its year nowhere else (今年
// 1-2月份) is of that year.
var annexTitle = regexp.MustCompile(`^(?:附表|附件)\s*\d*\s*[:：]?\s*[《“"]?\s*((?:19|20)\d{2})\s*年`)

// annexYear is the year of an annex title whose period is the article's
// own (M1-M2 for 今年1-2月份 and 2021年1-2月份); 0 when there is none.
func annexYear(a *Article) int {
	if a.Period == "" {
		return 0
	}
	for _, p := range a.Paragraphs {
		m := annexTitle.FindStringSubmatchIndex(p.Text)
		if m == nil {
			continue
		}
		ps := Periods(p.Text[m[1]:min(len(p.Text), m[1]+40)])
		if len(ps) == 0 || ps[0].Start != 0 || ps[0].Code != a.Period {
			continue
		}
		y, _ := strconv.Atoi(p.Text[m[2]:m[3]])
		return y
	}
	return 0
}
