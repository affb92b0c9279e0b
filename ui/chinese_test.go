package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/assets"
	"github.com/zhibiao/zhibiao/data/library"
)

// latinWord is a run of Latin letters: in the Chinese interface, a word
// the user would have to read in English, unless it is a name or unit.
var latinWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// notEnglish are the Latin words the Chinese interface may show: names
// (of the program, file formats and encodings), units and keys as printed
// on the keyboard.
var notEnglish = map[string]bool{
	"Zhibiao": true, "CSV": true, "SVG": true, "PNG": true, "PDF": true, "UTF": true, "GBK": true,
	"GB": true, "KB": true, "MB": true, "txt": true, "csv": true, "svg": true, "png": true, "md": true,
	"Ctrl": true, "Shift": true, "Alt": true, "Cmd": true, "Esc": true, "Enter": true, "Tab": true,
	"PgUp": true, "PgDn": true, "Page": true, "Up": true, "Down": true, "Fyne": true, "Go": true,
	"GDP": true, "CPI": true, "PPI": true, "test": true, "json": true, "jsonl": true, "html": true, "htm": true,
	"English": true, // the language menu names each language in itself
	"Apache":  true, "BSD": true, "Clause": true, "MIT": true, "gse": true, "chart": true, "Mac": true,
	"china": true, "division": true, "WTFPL": true, "OpenCC": true, // the data's names and licence in About
}

// keyNames are the keys the shortcuts dialog names as printed on them;
// elsewhere Home is the file dialog's 主文件夹.
var keyNames = map[string]bool{"Space": true, "Home": true, "End": true}

// pathLike are file paths in a text: the user's, not the interface's.
var pathLike = regexp.MustCompile(`\S*/\S*`)

// homeNames are the names the file dialogs list: the user's home folder
// and what is in it.
func homeNames() map[string]bool {
	names := map[string]bool{}
	home, err := os.UserHomeDir()
	if err != nil {
		return names
	}
	names[filepath.Base(home)] = true
	es, _ := os.ReadDir(home)
	for _, e := range es {
		for _, w := range latinWord.FindAllString(e.Name(), -1) {
			names[w] = true
		}
	}
	return names
}

// widgetTexts are the texts an object and everything under it show,
// hidden or not: a hidden button (Cancel under the figures) shows later.
func widgetTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil {
			return
		}
		switch v := o.(type) {
		case *widget.Label:
			if strings.HasPrefix(v.Text, assets.FontNotice) {
				return // the font's licence, a legal text kept as written
			}
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, v.Text)
		case *canvas.Text:
			out = append(out, v.Text)
		case *widget.Entry:
			out = append(out, v.PlaceHolder)
		case *widget.Select:
			out = append(out, v.PlaceHolder)
			out = append(out, v.Options...)
		case *widget.Check:
			out = append(out, v.Text)
		case *widget.RadioGroup:
			out = append(out, v.Options...)
		case *widget.Hyperlink:
			out = append(out, v.Text)
		case *widget.RichText:
			out = append(out, v.String())
		case *container.AppTabs:
			for _, it := range v.Items {
				out = append(out, it.Text)
				walk(it.Content)
			}
		case *textBlock:
			return // the article's own words
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, k := range v.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(v).Objects() {
				walk(k)
			}
		}
	}
	walk(o)
	return out
}

// menuTexts are the labels of a menu and its submenus.
func menuTexts(ms ...*fyne.Menu) []string {
	var out []string
	for _, m := range ms {
		if m == nil {
			continue
		}
		out = append(out, m.Label)
		for _, it := range m.Items {
			out = append(out, it.Label)
			out = append(out, menuTexts(it.ChildMenu)...)
		}
	}
	return out
}

// englishWords are the Latin words of texts that are not names or units.
func englishWords(texts []string, allowed ...map[string]bool) []string {
	var out []string
	for _, s := range texts {
		for _, w := range latinWord.FindAllString(pathLike.ReplaceAllString(s, ""), -1) {
			if !notEnglish[w] && !slices.ContainsFunc(allowed, func(a map[string]bool) bool { return a[w] }) {
				out = append(out, w+" (in "+strings.ReplaceAll(s, "\n", " ")+")")
			}
		}
	}
	return out
}

// Everything the Chinese interface shows is Chinese: the window, its
// menus, and every dialog it opens (the file dialogs Fyne draws, the
// replace question, the export form, error details), besides names and
// units (CSV, Ctrl, GB).
func TestChineseInterfaceShowsNoEnglishWords(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	w.Resize(fyne.NewSize(1000, 700))
	m.setLanguage(LangChinese)
	defer m.setLanguage(LangSystem)
	files := homeNames()
	check := func(where string, texts []string, allowed map[string]bool) {
		t.Helper()
		if bad := englishWords(texts, files, allowed); len(bad) > 0 {
			t.Errorf("%s shows English: %q", where, bad)
		}
	}
	check("the window", widgetTexts(w.Content()), nil)
	check("the menus", menuTexts(w.MainMenu().Items...), nil)
	missing := filepath.Join(t.TempDir(), "没有.txt")
	_, openErr := os.Open(missing)
	dialogs := []struct {
		name string
		show func()
	}{
		{"the about dialog", m.showAbout},
		{"the shortcuts dialog", m.showShortcuts},
		{"the replace dialog", func() { confirmReplace("指标.csv", w, func() {}) }},
		{"the open dialog", m.showOpen},
		{"the add folder dialog", m.showAddFolder},
		{"the export dialog", m.exportFigures},
		{"the chart export dialog", m.exportChart},
		{"the properties dialog", func() { m.showProperties() }},
		{"the empty removed dialog", m.confirmPurge},
		{"an error", func() { dialog.ShowError(fileError(tr("Could not export"), missing, openErr), w) }},
		{"a library error", func() {
			dialog.ShowError(explained(tr("Could not remove the article"), fmt.Errorf("library x: %w", library.ErrReadOnly)), w)
		}},
		{"a missing article", func() {
			dialog.ShowError(explained(tr("Could not restore the article"), fmt.Errorf("x: %w", library.ErrNotFound)), w)
		}},
		{"an error without a file", func() { dialog.ShowError(errors.New(tr("Please give the file a name.")), w) }},
		{"the import report", func() { m.showImportReport(tr("Cancelled: the files imported so far are kept.")) }},
	}
	for _, d := range dialogs {
		d.show()
		top := w.Canvas().Overlays().Top()
		if top == nil {
			t.Errorf("%s did not open", d.name)
			continue
		}
		allowed := map[string]bool{}
		if d.name == "the shortcuts dialog" {
			allowed = keyNames
		}
		check(d.name, widgetTexts(top), allowed)
		for top != nil {
			w.Canvas().Overlays().Remove(top)
			top = w.Canvas().Overlays().Top()
		}
	}
}
