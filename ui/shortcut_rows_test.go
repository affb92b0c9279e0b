package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Help → Keyboard Shortcuts lists the shortcut of every menu item: Ctrl+I
// (Properties) was in the File menu and nowhere in the list.
func TestShortcutsListEveryMenuShortcut(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	var listed []string
	for _, r := range shortcutRows() {
		listed = append(listed, r.keys)
	}
	all := " " + strings.Join(listed, " | ") + " "
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
			sc, ok := it.Shortcut.(*desktop.CustomShortcut)
			if !ok {
				continue
			}
			keys := "Ctrl+" + string(sc.KeyName)
			if sc.Modifier&fyne.KeyModifierShift != 0 {
				keys = "Shift+" + keys
			}
			if !strings.Contains(all, " "+keys+" ") && !strings.Contains(all, " "+keys+",") && !strings.Contains(all, "/ "+keys) {
				t.Errorf("%s (%s) is not in the shortcuts list", it.Label, keys)
			}
		}
	}
	for _, menu := range m.menu().Items {
		walk(menu.Items)
	}
}
