package figure

import "strings"

// meetingCountWords mark a count of the people at the meeting a report
// is given to (会议应到代表224名,实到代表201名; 160多名代表与会): the
// meeting's own number, of the day it sits, not of the year the report
// reviews.
// 省十三届人大实有代表554人,到会543人 counts them too.
var meetingCountWords = []string{"应到", "实到", "应出席", "出席", "缺席", "列席", "与会", "到会", "实有代表", "请假"}

// meetingClauseReach bounds, in bytes, how far after a figure its clause
// is read: a page without punctuation must not make every figure scan to
// the end of the text.
const meetingClauseReach = 48

// meetingYear is the year of a count of the meeting's people: a year its
// sentence writes, else the year of the article's date (the news of a
// meeting in January 2024 is dated 2024), else none: a meeting dated 3月2日
// without a year has no year a reader can tell. ok is false when the
// figure at pos is no such count.
func (x *extractor) meetingYear(ss, pos int) (year *int, ok bool) {
	// the count's clause ends within a few characters: 实到代表201名,
	end := min(len(x.s), pos+meetingClauseReach)
	if k := indexAnyOf(x.s[pos:end], "。；;，,"); k >= 0 {
		end = pos + k
	}
	if !personCount(x.s[pos:end]) || !containsAny(x.s[clauseStart(x.s, ss, pos):end], meetingCountWords) {
		return nil, false
	}
	if y := x.yearIn(ss, pos); y != 0 {
		return &y, true
	}
	if y := x.a.Date.Year; y != 0 && x.a.DateWritten() {
		return &y, true
	}
	return nil, true
}

// personUnits count people: a meeting's count is of 名, 人 or 位.
var personUnits = []string{"名", "人", "位"}

// personCount reports whether the figure written at the start of s is a
// count of people: its number, an approximation (多, 余) and a person unit.
func personCount(s string) bool {
	s = strings.TrimLeft(s, "0123456789.")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "多"), "余")
	return hasPrefixAny(s, personUnits)
}
