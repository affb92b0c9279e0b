package figure

import "strings"

// sameNoteMarks mark a bracketed note that the rest of the text follows the
// same convention (同比(下同), 地区生产总值(GDP,下同), 人民币,以下同): the note
// sits between the subject or its comparison and the verb, and says nothing
// about what the figure measures.
var sameNoteMarks = []string{"下同", "以下同", "以下简称"}

// dropSameNote takes a bracketed 下同 note off the end of s, so that the
// comparison before it (同比) is stripped like any other link word:
// 全年地区生产总值同比(下同)增长4.5% names 地区生产总值.
func dropSameNote(s string) (string, bool) {
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if !strings.HasSuffix(s, p[1]) {
			continue
		}
		k := strings.LastIndex(s, p[0])
		if k < 0 || !containsAny(s[k:], sameNoteMarks) {
			continue
		}
		return s[:k], true
	}
	return s, false
}
