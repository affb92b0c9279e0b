package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// scrollKey moves the reader as a desktop reader moves for a key pressed
// while no text box or list has the keyboard: a line for the arrows, a
// view less a line for Page Up/Down and Space (Shift+Space back), the
// start and end for Home and End. It reports whether the key was one.
func (r *Reader) scrollKey(k fyne.KeyName, shift bool) bool {
	line := r.size * lineHeight
	page := max(r.scroll.Size().Height-line, line)
	y := r.scroll.Offset.Y
	switch k {
	case fyne.KeyDown:
		y += line
	case fyne.KeyUp:
		y -= line
	case fyne.KeyPageDown:
		y += page
	case fyne.KeyPageUp:
		y -= page
	case fyne.KeySpace:
		if shift {
			y -= page
		} else {
			y += page
		}
	case fyne.KeyHome:
		y = 0
	case fyne.KeyEnd:
		y = r.column.MinSize().Height
	default:
		return false
	}
	r.scrollTo(y)
	if r.OnScrolled != nil && r.article != nil {
		r.OnScrolled(r.TopParagraph())
	}
	return true
}

// typedKey gets the keys no focused widget took: they scroll the reader.
func (m *Main) typedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && m.shell.escape != nil {
		m.shell.escape()
		return
	}
	shift := false
	if d, ok := m.app.Driver().(desktop.Driver); ok {
		shift = d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	m.reader.scrollKey(ev.Name, shift)
}
