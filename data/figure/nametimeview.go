package figure

import "strings"

// timeView: t opens a breakdown by time (分季度看, 从月度来看): a rate after
// it is a part of the indicator before, by quarter or month, not of the
// breakdown.
func timeView(t string) bool {
	rest, lead := trimPrefixes(t, viewLeads)
	if lead == "" {
		return false
	}
	rest, end := trimSuffixes(rest, viewEnds)
	return end != "" && isAny(strings.TrimPrefix(rest, "各"), timeViewUnits)
}

// timeViewUnits are the times a breakdown goes by.
var timeViewUnits = []string{"季度", "季", "月", "月份", "月度", "半年"}

// topicNear is the indicator the paragraph of pos is about, or the one
// before it when this one names none; nil when neither does.
func (x *extractor) topicNear(pos int) *Figure {
	if g := x.indicatorTopicAt(pos); g != nil || x.topic < 0 {
		return g
	}
	ps, _ := x.l.paragraph(pos)
	if ps == 0 {
		return nil
	}
	prev, _ := x.l.paragraph(ps - 1)
	if g := &x.out[x.topic]; g.Start >= prev {
		return g
	}
	return nil
}
