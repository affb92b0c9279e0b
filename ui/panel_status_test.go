package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// "Saved …" under the panel is news of the article it was said under: it
// goes when another article is opened, and stays while the same one is
// shown again (a theme change, its figures found again).
func TestSavedLineGoesWithItsArticle(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	m.panel.status("Saved /tmp/马村区_增速.png")
	a, figs := m.panel.articleFigures()
	m.panel.show(a, figs)
	if !m.panel.message.Visible() {
		t.Error("the line went while the same article was shown again")
	}
	m.library.list.list.Select(3)
	if m.reader.Article() == a {
		t.Fatal("the same article is still shown")
	}
	if m.panel.message.Visible() {
		t.Errorf("under another article the panel still says %q", m.panel.message.Text)
	}
}
