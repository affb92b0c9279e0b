package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Keyboard shortcuts, in one place. ShortcutDefault is Ctrl, or Cmd on a Mac.
var (
	keyFind          = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	keyFindNext      = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault}
	keyFindPrev      = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyLarger        = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	keyLargerKP      = &desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault}
	keySmaller       = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	keyActual        = &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}
	keyQuit          = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	keyOpen          = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	keyExport        = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	keyExportFigures = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	keyProperties    = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault}
	// Copy and Select All are Fyne's own shortcuts: a focused text box
	// takes them first, and the reader gets them otherwise.
	keyCopy      = &fyne.ShortcutCopy{}
	keySelectAll = &fyne.ShortcutSelectAll{}
)

// textStep is how much one Ctrl+= or Ctrl+- changes the reading size.
const textStep = 2

func (m *Main) showFind()     { m.find.Show(m.win.Canvas()) }
func (m *Main) findNext()     { m.findStep(1) }
func (m *Main) findPrevious() { m.findStep(-1) }

func (m *Main) findStep(d int) {
	if !m.find.visible() {
		m.showFind()
		return
	}
	m.find.step(d)
}

// menu builds the main menu in the current language.
func (m *Main) menu() *fyne.MainMenu {
	quit := &fyne.MenuItem{Label: tr("Quit"), Shortcut: keyQuit, IsQuit: true, Action: m.quit}
	file := fyne.NewMenu(tr("File"),
		&fyne.MenuItem{Label: tr("Open…"), Shortcut: keyOpen, Action: m.showOpen},
		&fyne.MenuItem{Label: tr("Add Folder…"), Action: m.showAddFolder},
		&fyne.MenuItem{Label: tr("Remove from Library"), Action: m.removeCurrent},
		&fyne.MenuItem{Label: tr("Undo Remove"), Action: m.undoRemove},
		&fyne.MenuItem{Label: tr("Empty Removed Articles"), Action: m.confirmPurge},
		&fyne.MenuItem{Label: tr("Properties…"), Shortcut: keyProperties, Action: func() { m.showProperties() }},
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: tr("Export Chart…"), Shortcut: keyExport, Action: m.exportChartOrFigures},
		&fyne.MenuItem{Label: tr("Export Figures…"), Shortcut: keyExportFigures, Action: m.exportFigures},
		fyne.NewMenuItemSeparator(),
		quit)

	edit := fyne.NewMenu(tr("Edit"),
		&fyne.MenuItem{Label: tr("Copy"), Shortcut: keyCopy, Action: m.copySelection},
		&fyne.MenuItem{Label: tr("Select All"), Shortcut: keySelectAll, Action: m.selectAll},
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: tr("Find…"), Shortcut: keyFind, Action: m.showFind},
		&fyne.MenuItem{Label: tr("Find Next"), Shortcut: keyFindNext, Action: m.findNext},
		&fyne.MenuItem{Label: tr("Find Previous"), Shortcut: keyFindPrev, Action: m.findPrevious},
	)

	themes := []*fyne.MenuItem{}
	for _, t := range []struct {
		mode  ThemeMode
		label string
	}{{ThemeSystem, tr("System")}, {ThemeLight, tr("Light")}, {ThemeDark, tr("Dark")}} {
		mode := t.mode
		themes = append(themes, &fyne.MenuItem{Label: t.label, Checked: m.shell.set.theme() == mode, Action: func() { m.setTheme(mode) }})
	}
	themeItem := fyne.NewMenuItem(tr("Theme"), nil)
	themeItem.ChildMenu = fyne.NewMenu("", themes...)

	langs := []*fyne.MenuItem{}
	for _, l := range []Language{LangSystem, LangChinese, LangEnglish} {
		l := l
		langs = append(langs, &fyne.MenuItem{Label: langLabel(l), Checked: m.shell.set.language() == l, Action: func() { m.setLanguage(l) }})
	}
	langItem := fyne.NewMenuItem(tr("Language"), nil)
	langItem.ChildMenu = fyne.NewMenu("", langs...)

	view := fyne.NewMenu(tr("View"),
		&fyne.MenuItem{Label: tr("Larger Text"), Shortcut: keyLarger, Action: func() { m.zoom(textStep) }},
		&fyne.MenuItem{Label: tr("Smaller Text"), Shortcut: keySmaller, Action: func() { m.zoom(-textStep) }},
		&fyne.MenuItem{Label: tr("Actual Size"), Shortcut: keyActual, Action: func() { m.zoom(0) }},
		fyne.NewMenuItemSeparator(),
		themeItem,
		langItem,
	)

	help := fyne.NewMenu(tr("Help"),
		&fyne.MenuItem{Label: tr("Keyboard Shortcuts"), Action: m.showShortcuts},
		&fyne.MenuItem{Label: tr("About Zhibiao"), Action: m.showAbout},
	)
	return fyne.NewMainMenu(file, edit, view, help)
}

// addShortcuts binds the menu's shortcuts on the canvas, so they work
// wherever the focus is (Fyne's own menu bar only displays them).
func (m *Main) addShortcuts() {
	c := m.win.Canvas()
	bind := func(s fyne.Shortcut, f func()) { c.AddShortcut(s, func(fyne.Shortcut) { f() }) }
	bind(keyFind, m.showFind)
	bind(keyFindNext, m.findNext)
	bind(keyFindPrev, m.findPrevious)
	bind(keyLarger, func() { m.zoom(textStep) })
	bind(keyLargerKP, func() { m.zoom(textStep) })
	bind(keySmaller, func() { m.zoom(-textStep) })
	bind(keyActual, func() { m.zoom(0) })
	bind(keyQuit, m.quit)
	bind(keyOpen, m.showOpen)
	bind(keyExport, m.exportChartOrFigures)
	bind(keyExportFigures, m.exportFigures)
	bind(keyProperties, func() { m.showProperties() })
	c.SetOnTypedKey(m.typedKey)
	bind(keyCopy, m.copySelection)
	bind(keySelectAll, m.selectAll)
}

// toFocused hands a shortcut to the text box that has the keyboard, if
// any: the menu's shortcuts come first in Fyne, so without this Ctrl+A
// and Ctrl+C in the search box selected and copied the article.
func (m *Main) toFocused(s fyne.Shortcut) bool {
	if f, ok := m.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return true
	}
	return false
}

// selectAll selects the focused box's text, or else the whole article.
func (m *Main) selectAll() {
	if !m.toFocused(&fyne.ShortcutSelectAll{}) {
		m.reader.SelectAll()
	}
}

// copySelection copies the focused box's selection, or else the text
// selected in the reader.
func (m *Main) copySelection() {
	if m.toFocused(&fyne.ShortcutCopy{Clipboard: m.app.Clipboard()}) {
		return
	}
	if s := m.reader.SelectedText(); s != "" {
		m.app.Clipboard().SetContent(s)
	}
}
