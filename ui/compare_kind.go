package ui

import "github.com/zhibiao/zhibiao/data/compare"

// A freshly picked indicator shows its kind with most figures first; but
// that kind may have nothing to compare (总量 figures of 全县… in reports
// that never name their county), while another kind of it has places and
// years (growth of 焦作市 and 马村区). The user then saw "nothing to
// compare" and had to guess that another kind would do. So, until one
// table with values is shown, the tab moves on to the next kind; when no
// kind has any, it goes back to the first, the one with most figures.

// tryNextKind, after a table for q came with no value, picks the next
// kind when the kind was chosen by the tab rather than by the user; it
// reports whether it did (the table then is not worth showing).
func (t *compareTab) tryNextKind(q compare.Query, tab compare.Table, err error) bool {
	if !t.seekKind {
		return false
	}
	if q.Places != nil || q.From != 0 || q.To != 0 {
		// The user narrowed the comparison before the first table came
		// (the library is slow): the kind shown is theirs to change.
		t.seekKind = false
		return false
	}
	if err == nil && hasValues(tab) {
		t.seekKind = false
		return false
	}
	i := t.kind.SelectedIndex()
	if i+1 < len(t.kinds) {
		t.setKind(i + 1)
		return true
	}
	t.seekKind = false
	if i > 0 {
		t.setKind(0)
		return true
	}
	return false
}

// hasValues reports whether any cell of the table holds a value.
func hasValues(tab compare.Table) bool {
	for _, row := range tab.Cells {
		for _, c := range row {
			if len(c.Values) > 0 {
				return true
			}
		}
	}
	return false
}

// setKind shows the i-th kind as the tab's choice, and refreshes.
func (t *compareTab) setKind(i int) {
	t.autoKind = true
	t.kind.SetSelectedIndex(i)
	t.autoKind = false
}
