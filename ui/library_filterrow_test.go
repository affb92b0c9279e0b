package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// The library's filter field shows what it filters by, whole, at the
// window's first size in both languages: beside the sort menu it showed
// 按标题、地区、 (Filter by title, p) and a scroll bar under it. A wide
// library keeps the menu beside the field.
func TestLibraryFilterPlaceholderWhole(t *testing.T) {
	for _, lang := range []Language{LangChinese, LangEnglish} {
		m, w := start(t, test.NewTempApp(t))
		m.setLanguage(lang)
		w.Resize(fyne.NewSize(1280, 800))
		f := m.library.list.filter
		need := fyne.MeasureText(f.PlaceHolder, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
		if f.Size().Width < need {
			t.Errorf("%s: the filter is %.0f wide, %q needs %.0f", lang, f.Size().Width, f.PlaceHolder, need)
		}
		m.shell.split.SetOffset(0.45)
		if s := m.library.list.sort; s.Position().Y != f.Position().Y || f.Size().Width < need {
			t.Errorf("%s: in a wide library the sort menu is at %v, the field at %v (%.0f wide)", lang, s.Position(), f.Position(), f.Size().Width)
		}
		m.setLanguage(LangSystem)
	}
}
