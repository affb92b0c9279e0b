package figure

import "strings"

// asOfParts are the parts of a year a sentence may open with after 截至:
// 截至今年上半年，全市县域规模以上工业企业个数达到1728家 counts the firms at
// the end of June (M6E), as 截至6月底 does; what was done over the months
// (截止二季度，…累计完成工业总产值22.02亿元) keeps the span (nowStock).
var asOfParts = []string{"前三季度", "前3季度", "第一季度", "一季度", "第二季度", "二季度", "上半年", "第三季度", "三季度"}

// partAsOfLeads bound a span at its end; 到 alone is left out (到上半年 also
// opens a target: 力争到上半年完成).
var partAsOfLeads = []string{"截至到", "截止到", "截至", "截止"}

// asOfYears may stand between 截至 and the part: 截至今年上半年.
var asOfYears = []string{"今年", "本年", "当年"}

// opensAsOfPart reports whether the compacted sentence s opens with 截至
// and a part of the year: 截至今年上半年, 截止2023年一季度, 截至三季度.
func opensAsOfPart(s string) bool {
	for _, w := range partAsOfLeads {
		if strings.HasPrefix(s, w) {
			return hasPrefixAny(skipYearWord(s[len(w):]), asOfParts)
		}
	}
	return false
}

// skipYearWord drops a year written first in s: 今年, 2023年.
func skipYearWord(s string) string {
	for _, y := range asOfYears {
		if strings.HasPrefix(s, y) {
			return s[len(y):]
		}
	}
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 4 && strings.HasPrefix(s[i:], "年") {
		return s[i+len("年"):]
	}
	return s
}

// asOfPartHolds reports whether the sentence at ss, compacted to head,
// opens with 截至 and a part of the year, or is the part opened by 其中 of
// a sentence that does: 截至今年上半年,…个数达到1728家…。其中,邹城新增19家,
// 达252家 counts 邹城's firms at the half's end too, as a part of a stock
// at a month's end is (monthEndAside).
func (x *extractor) asOfPartHolds(ss int, head string) bool {
	if opensAsOfPart(head) {
		return true
	}
	if !strings.HasPrefix(head, "其中") || ss == 0 {
		return false
	}
	ps, _ := x.l.sentence(ss - 1)
	if pp, _ := x.l.paragraph(ss); ps < pp {
		return false // the sentence before is another paragraph's
	}
	return opensAsOfPart(compact(x.s[ps:ss]))
}
