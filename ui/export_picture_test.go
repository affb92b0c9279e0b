package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Compare's export offered 双倍分辨率（印刷） with .csv chosen, where it
// means nothing: a picture's options are greyed for a table's format and
// live again for .png.
func TestExportPictureOptionsGreyForCSV(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	print := widget.NewCheck(tr("Double resolution (print)"), nil)
	m.showExport(exportRequest{title: tr("Export Comparison"), name: "固定资产投资_增速",
		formats: []string{".csv", ".png", ".svg"}, extra: print, pictureOnly: true,
		write: func(string) error { return nil }})
	if !print.Disabled() {
		t.Error("with .csv the double resolution is live")
	}
	format := formatSelectOnTop(t, w)
	format.SetSelected(".png")
	if print.Disabled() {
		t.Error("with .png the double resolution is greyed")
	}
}

// formatSelectOnTop is the format menu of the dialog on top.
func formatSelectOnTop(t *testing.T, w fyne.Window) *widget.Select {
	t.Helper()
	found, ok := firstOnTop(w, func(s *widget.Select) bool { return slices.Contains(s.Options, ".png") })
	if !ok {
		t.Fatal("no format menu on top")
	}
	return found
}
