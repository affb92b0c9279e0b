package corpus

import "strings"

// Speech reports whether the article is a speech or a work report: its
// title or subtitle says so (政府工作报告, 在全县…会议上的讲话), or it opens by
// addressing its audience (同志们：). Such a review of its year quotes the
// months its statistics have without being about them.
func (a *Article) Speech() bool {
	return speechTitle(titleText(a)) || speechTitle(a.Subtitle) || addressed(a)
}

// addresses open a speech: the audience it turns to before it begins.
var addresses = []string{"同志们", "各位代表", "各位委员"}

// addressed reports whether one of the first paragraphs is an address to
// the audience (同志们：), as a speech reprinted under a headline of its
// own opens.
func addressed(a *Article) bool {
	for i, p := range a.Paragraphs {
		if i >= leadParagraphs+3 {
			break
		}
		t := strings.TrimRight(strings.TrimSpace(p.Text), "：:，,")
		for _, w := range addresses {
			if t == w {
				return true
			}
		}
	}
	return false
}

// speechTitle reports whether title names a speech or a work report: one
// of speechTitles, or of speechWords (在县委经济工作会议上的讲话, 全县经济工作
// 会议召开).
func speechTitle(title string) bool {
	t := unspaced(title)
	return containsAny(t, speechTitles) || containsAny(t, speechWords)
}

// speechWords name a speech, or the meeting held at the turn of each year
// to review the year and plan the next, whose news reports its speeches.
var speechWords = []string{"讲话", "经济工作会议"}
