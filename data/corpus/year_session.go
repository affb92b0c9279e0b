package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// sessionYear is the year news of a work report is written in, when its lead
// gives only the day the session opened (1月5日，某县十八届人大四次会议开幕)
// and a clause after it opens on the year the report reviews (报告显示，
// 2023年，全县地区生产总值增长5.5%): a session from January to April sits in
// the year after the one it reviews, so its 今年 is that year; one in
// December sits in the year it reviews. 0 when the lead gives no day or one
// in another month, or no reviewed year is written.
func sessionYear(a *Article) int {
	month, reviewed, n := 0, 0, 0
	for _, p := range a.Paragraphs {
		if p.Kind == Caption || p.Kind == Heading || isFurniture(p.Text) || p.Text == a.Title {
			continue
		}
		if n++; n > leadParagraphs {
			break
		}
		if month == 0 {
			m := dayOpen.FindStringSubmatch(p.Text)
			if m == nil {
				return 0
			}
			month, _ = strconv.Atoi(m[1])
		}
		if reviewed = reviewedYear(p.Text); reviewed != 0 {
			break
		}
	}
	switch {
	case reviewed == 0:
		return 0
	case month >= 1 && month <= 4:
		return reviewed + 1
	case month == 12:
		return reviewed
	}
	return 0
}

// clauseYear is a year opening a clause, before a comma: 2023年，全县….
var clauseYear = regexp.MustCompile(`(?:^|[，,。：:；;])\s*((?:19|20)\d{2})\s*年\s*[,，]`)

// planWords in the sentence of a year make it a year planned, not reviewed.
var planWords = []string{"将", "力争", "目标", "预期", "计划", "确保", "争取"}

// reviewedYear is the first year opening a clause of text whose sentence
// reports, not plans; 0 when none.
func reviewedYear(text string) int {
	for _, m := range clauseYear.FindAllStringSubmatchIndex(text, -1) {
		end := strings.IndexAny(text[m[1]:], "。；;")
		sent := text[m[1]:]
		if end >= 0 {
			sent = sent[:end]
		}
		if containsAny(sent, planWords) {
			continue
		}
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		return y
	}
	return 0
}
