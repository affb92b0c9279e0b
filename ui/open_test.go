package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// A GBK report, as Chinese Windows saves it.
func writeGBK(t *testing.T, dir, name, text string) string {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(b), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const userReport = "温县经济运行情况\n\n2024年，温县地区生产总值增长6.1%，规上工业增加值增长8.3%，新签约项目总投资52.6亿元。\n"

func TestOpenFileAddsAndSurvivesRestart(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	path := writeGBK(t, t.TempDir(), "温县.txt", userReport)
	if err := m.openFile(path); err != nil {
		t.Fatal(err)
	}
	if got := m.reader.Article(); got == nil || got.ID != "温县.txt" || got.Title != "温县经济运行情况" {
		t.Fatalf("reader shows %v", got)
	}
	if len(m.articles) != 6 || m.lib.list.Length() != 6 {
		t.Errorf("library has %d articles", len(m.articles))
	}
	var found bool
	for _, f := range m.figures(m.reader.Article()) {
		if f.Text == "6.1%" && f.Region == "温县" {
			found = true
		}
	}
	if !found {
		t.Error("the opened article's figures were not extracted")
	}
	<-m.index.Ready()
	if hits := m.index.Query("新签约项目", 5); len(hits) == 0 || hits[0].Doc != "温县.txt" {
		t.Errorf("search does not find the opened article: %v", hits)
	}

	m2, _ := start(t, a) // a restart on the same preferences
	if len(m2.articles) != 6 || m2.articleByID("温县.txt") == nil {
		t.Fatalf("after restart the library has %d articles", len(m2.articles))
	}
	if m2.reader.Article().ID != "温县.txt" {
		t.Errorf("restart shows %s, want the article last read", m2.reader.Article().ID)
	}
	m2.removeCurrent()
	if m2.articleByID("温县.txt") != nil || len(a.Preferences().StringList(prefOpenedFiles)) != 0 {
		t.Error("Remove from Library leaves the article")
	}
}

func TestOpenBadFileLosesNothing(t *testing.T) {
	a := test.NewTempApp(t)
	m, _ := start(t, a)
	dir := t.TempDir()
	bin := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	before := m.reader.Article()
	for _, p := range []string{bin, filepath.Join(dir, "missing.txt"), dir} {
		err := m.openFile(p)
		if err == nil {
			t.Fatalf("%s opened", p)
		}
		if !strings.Contains(err.Error(), filepath.Base(p)) {
			t.Errorf("error %q does not name the file", err)
		}
	}
	if len(m.articles) != 5 || m.reader.Article() != before || len(a.Preferences().StringList(prefOpenedFiles)) != 0 {
		t.Error("a failed open changed the library")
	}
}

func TestMissingFileLeavesLibraryOnRestart(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	kept := writeGBK(t, dir, "温县.txt", userReport)
	a.Preferences().SetStringList(prefOpenedFiles, []string{kept, filepath.Join(dir, "gone.txt")})
	m, _ := start(t, a)
	if len(m.articles) != 6 || m.articleByID("温县.txt") == nil {
		t.Errorf("library has %d articles", len(m.articles))
	}
	if got := a.Preferences().StringList(prefOpenedFiles); len(got) != 1 || got[0] != kept {
		t.Errorf("remembered files %v, want only the one still there", got)
	}
}

// Files dropped on the window open as File → Open opens them; one that
// cannot be read is named in a message and the others still open.
func TestDropOpensFiles(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := start(t, a)
	dir := t.TempDir()
	good := writeGBK(t, dir, "温县.txt", userReport)
	bad := filepath.Join(dir, "scan.txt")
	if err := os.WriteFile(bad, []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, 0o644); err != nil {
		t.Fatal(err)
	}
	m.dropped(fyne.NewPos(400, 300), []fyne.URI{storage.NewFileURI(bad), storage.NewFileURI(good)})
	if m.reader.Article().ID != "温县.txt" || len(m.articles) != 6 {
		t.Errorf("after the drop the reader shows %s, library has %d articles", m.reader.Article().ID, len(m.articles))
	}
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no message for the file that could not be read")
	}
	if !strings.Contains(allText(top), "scan.txt") {
		t.Errorf("the message does not name scan.txt: %q", allText(top))
	}
}

// allText gathers the text an object shows, for asserting on dialogs.
func allText(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch v := o.(type) {
		case *canvas.Text:
			b.WriteString(v.Text + "\n")
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(v).Objects() {
				walk(c)
			}
		case *fyne.Container:
			for _, c := range v.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return b.String()
}
