package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/library"
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

// content is the strip, hidden while there is nothing to undo.
func (s *undoStrip) content() fyne.CanvasObject { return s.box }

// show names the article removed last; "" hides the strip.
func (s *undoStrip) show(title string) {
	if title == "" {
		s.box.Hide()
		return
	}
	s.label.SetText(tr("Removed: {{.Title}}", map[string]any{"Title": title}))
	s.box.Show()
}

// removeCurrent takes the article on show out of the library, if the user
// added it (the shipped articles stay). It can be undone until the window
// closes, when the removed articles are purged.
func (m *Main) removeCurrent() {
	a := m.reader.Article()
	if a == nil {
		return
	}
	e, ok := m.library.entry(a.ID)
	if !ok {
		return
	}
	if e.Embedded {
		dialog.ShowInformation(tr("Remove from Library"), tr("The articles that come with Zhibiao cannot be removed."), m.win)
		return
	}
	if err := m.env.store.Remove(a.ID); err != nil {
		dialog.ShowError(explained(tr("Could not remove the article"), err), m.win)
		return
	}
	row := max(m.library.selectedRow(), 0)
	m.library.pushRemoved(e)
	m.forget(a.ID)
	m.reader.Forget()
	m.reload()
	m.library.selectNear(row)
}

// pushRemoved notes an article removed, for Undo.
func (l *libraryView) pushRemoved(e library.Article) {
	l.removed = append(l.removed, e)
	l.showUndo()
}

// popRemoved is the article removed last, taken off the Undo list.
func (l *libraryView) popRemoved() (library.Article, bool) {
	n := len(l.removed)
	if n == 0 {
		return library.Article{}, false
	}
	e := l.removed[n-1]
	l.removed = l.removed[:n-1]
	l.showUndo()
	return e, true
}

// lastRemoved is the article removed last, without taking it off.
func (l *libraryView) lastRemoved() (library.Article, bool) {
	n := len(l.removed)
	if n == 0 {
		return library.Article{}, false
	}
	return l.removed[n-1], true
}

// removedCount is how many articles were removed and can be undone.
func (l *libraryView) removedCount() int { return len(l.removed) }

// purged empties the Undo list: the removed articles are gone for good.
func (l *libraryView) purged() {
	l.removed = nil
	l.showUndo()
}

// showUndo names the last article removed, or hides the strip when there
// is nothing to undo.
func (l *libraryView) showUndo() {
	if l.undo == nil {
		return
	}
	e, _ := l.lastRemoved()
	l.undo.show(shownTitle(e.Title, e.ID))
}

// undoRemove brings back the article removed last and shows it.
func (m *Main) undoRemove() {
	e, ok := m.library.lastRemoved()
	if !ok {
		return
	}
	if err := m.env.store.Restore(e.ID); err != nil {
		dialog.ShowError(explained(tr("Could not restore the article"), err), m.win)
		return
	}
	m.library.popRemoved()
	m.reload()
	m.library.selectID(e.ID)
}

// purgeRemoved deletes the removed articles for good, text and index:
// File → Empty Removed Articles, and when the window closes.
func (m *Main) purgeRemoved() {
	if m.env.store.ReadOnly() {
		return
	}
	if err := m.env.store.Purge(); err != nil {
		fyne.LogError("purge the library", err)
		return
	}
	m.library.purged()
}

// confirmPurge asks before purging: it cannot be undone.
func (m *Main) confirmPurge() {
	n := m.library.removedCount()
	if n == 0 {
		dialog.ShowInformation(tr("Empty Removed Articles"), tr("No article was removed."), m.win)
		return
	}
	dialog.ShowConfirm(tr("Empty Removed Articles"),
		tr("Delete the {{.Count}} removed articles for good? This cannot be undone.", map[string]any{"Count": n}),
		func(ok bool) {
			if ok {
				m.purgeRemoved()
			}
		}, m.win)
}
