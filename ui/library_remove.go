package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// undoStrip says what was just removed from the library and offers to
// bring it back, under the library list, until the window closes.
type undoStrip struct {
	box   *fyne.Container
	label *widget.Label
	undo  *widget.Button
}

func newUndoStrip(undo func()) *undoStrip {
	s := &undoStrip{label: widget.NewLabel("")}
	s.label.Truncation = fyne.TextTruncateEllipsis
	s.label.SizeName = theme.SizeNameCaptionText
	s.undo = &widget.Button{Text: tr("Undo"), Icon: theme.ContentUndoIcon(), Importance: widget.LowImportance, OnTapped: undo}
	s.box = container.NewBorder(nil, nil, nil, s.undo, s.label)
	s.box.Hide()
	return s
}

// removeCurrent takes the article on show out of the library, if the user
// added it (the shipped articles stay). It can be undone until the window
// closes, when the removed articles are purged.
func (m *Main) removeCurrent() {
	a := m.reader.Article()
	if a == nil {
		return
	}
	e, ok := m.entry(a.ID)
	if !ok {
		return
	}
	if e.Embedded {
		dialog.ShowInformation(tr("Remove from Library"), tr("The articles that come with Zhibiao cannot be removed."), m.win)
		return
	}
	if err := m.store.Remove(a.ID); err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	row := max(m.lib.row, 0)
	m.removed = append(m.removed, e)
	m.forget(a.ID)
	m.reader.article = nil
	m.reload()
	m.showUndo()
	if n := len(m.lib.shown); n > 0 {
		m.lib.list.Select(min(row, n-1))
	}
}

// showUndo names the last article removed, or hides the strip when there
// is nothing to undo.
func (m *Main) showUndo() {
	n := len(m.removed)
	if n == 0 {
		m.undo.box.Hide()
		return
	}
	m.undo.label.SetText(tr("Removed: {{.Title}}", map[string]any{"Title": m.removed[n-1].Title}))
	m.undo.box.Show()
}

// undoRemove brings back the article removed last and shows it.
func (m *Main) undoRemove() {
	n := len(m.removed)
	if n == 0 {
		return
	}
	e := m.removed[n-1]
	if err := m.store.Restore(e.ID); err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	m.removed = m.removed[:n-1]
	m.reload()
	m.showUndo()
	m.lib.selectID(e.ID)
}

// purgeRemoved deletes the removed articles for good, text and index:
// File → Empty Removed Articles, and when the window closes.
func (m *Main) purgeRemoved() {
	if m.store.ReadOnly() {
		return
	}
	if err := m.store.Purge(); err != nil {
		fyne.LogError("purge the library", err)
		return
	}
	m.removed = nil
	m.showUndo()
}

// confirmPurge asks before purging: it cannot be undone.
func (m *Main) confirmPurge() {
	if len(m.removed) == 0 {
		dialog.ShowInformation(tr("Empty Removed Articles"), tr("No article was removed."), m.win)
		return
	}
	dialog.ShowConfirm(tr("Empty Removed Articles"),
		tr("Delete the {{.Count}} removed articles for good? This cannot be undone.", map[string]any{"Count": len(m.removed)}),
		func(ok bool) {
			if ok {
				m.purgeRemoved()
			}
		}, m.win)
}
