package ui

import (
	"fyne.io/fyne/v2/widget"

	"encoding/json"
	"image"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/segment"
)

func articles(t *testing.T) []*corpus.Article {
	t.Helper()
	as, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range as {
		figure.Locate(figure.Default().Places, a) // as the app does
	}
	return as
}

// start opens the main window on a test app; the app's preferences live
// as long as the app, so a second start on it is a restart.
func start(t *testing.T, a fyne.App) (*Main, fyne.Window) {
	t.Helper()
	return startIn(t, a, test.NewTempWindow(t, nil))
}

func startIn(t *testing.T, a fyne.App, w fyne.Window) (*Main, fyne.Window) {
	m := New(a, Options{Version: "test", Segmenter: testSegmenter, Library: appLibrary(t, a)})
	q := &uiQueue{}
	m.env.setDo(q.add)
	m.Start(w)
	if err := testSegmenter.Wait(); err != nil { // as a user who waits a second
		t.Fatal(err)
	}
	m.Finish() // reads the list
	if !m.library.isListed() {
		t.Fatal("Finish did not read the library's list")
	}
	return m, w
}

// uiQueue holds work that background goroutines hand to the UI thread,
// for a test to run on its own goroutine: Fyne's test driver would run it
// at once, on the background goroutine, racing the test.
type uiQueue struct {
	mu   sync.Mutex
	work []func()
}

func (q *uiQueue) add(f func()) {
	q.mu.Lock()
	q.work = append(q.work, f)
	q.mu.Unlock()
}

// run runs what is queued and says how much that was.
func (q *uiQueue) run() int {
	q.mu.Lock()
	work := q.work
	q.work = nil
	q.mu.Unlock()
	for _, f := range work {
		f()
	}
	return len(work)
}

// testSegmenter is shared by the tests: loading the dictionary takes a
// second or two.
var testSegmenter = segment.New(segment.LoadEmbedded)

// The tests run as on an English system, whatever the machine's locale.
func TestMain(m *testing.M) {
	os.Setenv("LANG", "en_US.UTF-8")
	os.Setenv("LANGUAGE", "en_US")
	code := m.Run()
	libTemplate.remove()
	os.Exit(code)
}

func TestSelectingArticleShowsIt(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	as := articles(t)
	if got := m.reader.Article(); got == nil || got.ID != as[0].ID {
		t.Fatalf("first start shows %v, want the first article", got)
	}
	m.library.list.list.Select(3)
	a := m.reader.Article()
	if a.ID != as[3].ID {
		t.Fatalf("selected article 3, reader shows %s", a.ID)
	}
	if m.reader.title.text != "现代化焦作建设迈出坚实步伐" {
		t.Errorf("title shows %q", m.reader.title.text)
	}
	if got := m.win.Title(); got != "现代化焦作建设迈出坚实步伐 — 指标 Zhibiao" {
		t.Errorf("window title %q does not name the article", got)
	}
	if meta := m.reader.meta.text; !strings.Contains(meta, "2025-02-19") || !strings.Contains(meta, "焦作市") {
		t.Errorf("metadata line %q lacks date or region", meta)
	}
	if len(m.reader.paras) != len(a.Paragraphs) {
		t.Fatalf("%d paragraph widgets for %d paragraphs", len(m.reader.paras), len(a.Paragraphs))
	}
	for i, p := range a.Paragraphs {
		if got := m.reader.paras[i].text; got != p.Text {
			t.Fatalf("paragraph %d shows %q, want %q", i, got, p.Text)
		}
	}
}

func TestFindCountsAndCycles(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	a := m.reader.Article()
	want := 0
	for _, p := range a.Paragraphs {
		want += strings.Count(p.Text, "马村区")
	}
	if want < 3 {
		t.Fatalf("fixture: only %d occurrences", want)
	}
	m.showFind()
	if w.Canvas().Focused() != m.find.entry {
		t.Error("Ctrl+F does not focus the find box")
	}
	test.Type(m.find.entry, "马村区")
	if pos, n := m.reader.FindPosition(); n != want || pos != 1 {
		t.Fatalf("find 马村区: match %d of %d, want 1 of %d", pos, n, want)
	}
	if !strings.Contains(m.find.count.Text, "1") {
		t.Errorf("count label %q", m.find.count.Text)
	}
	// Every match is highlighted; exactly one is current.
	current, all := 0, 0
	for i := range a.Paragraphs {
		for _, s := range m.reader.highlights(i) {
			if s.bg != colorMatch && s.bg != colorMatchCurrent {
				continue // a figure's kind
			}
			all++
			if s.bg == colorMatchCurrent {
				current++
			}
			if got := a.Paragraphs[i].Text[s.start:s.end]; got != "马村区" {
				t.Errorf("highlight covers %q", got)
			}
		}
	}
	if all != want || current != 1 {
		t.Errorf("%d highlights, %d current; want %d and 1", all, current, want)
	}
	m.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if pos, _ := m.reader.FindPosition(); pos != 2 {
		t.Errorf("Enter moves to match %d, want 2", pos)
	}
	m.find.step(-1)
	m.find.step(-1)
	if pos, _ := m.reader.FindPosition(); pos != want {
		t.Errorf("stepping back past the first wraps to %d, want %d", pos, want)
	}
	m.find.step(1)
	if pos, _ := m.reader.FindPosition(); pos != 1 {
		t.Errorf("stepping past the last wraps to %d, want 1", pos)
	}
	m.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if m.find.box.Visible() {
		t.Error("Escape leaves the find bar open")
	}
	if _, n := m.reader.FindPosition(); n != 0 {
		t.Error("closing find leaves highlights")
	}
}

func TestFindAcrossHardLineBreaks(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	m.library.list.list.Select(2) // 002 is hard-wrapped at about 20 characters
	// "医\n护人员" is wrapped in the file; find sees the joined text.
	if n := m.reader.Find("医护人员“逆势前行”"); n != 1 {
		t.Errorf("found %d across a line break, want 1", n)
	}
	if n := m.reader.Find("nomatch不存在"); n != 0 {
		t.Errorf("found %d of a string not in the text", n)
	}
}

func TestPreferencesRestored(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := startIn(t, a, test.NewWindow(nil)) // closed below, as a user would
	m.library.list.list.Select(1)
	m.zoom(textStep)
	m.zoom(textStep)
	m.setTheme(ThemeDark)
	w.Resize(fyne.NewSize(1100, 700))
	m.shell.split.SetOffset(0.25)
	m.shell.split.Trailing.(*container.Split).SetOffset(0.6)
	m.reader.ScrollToParagraph(20)
	m.rememberPosition(m.reader.TopParagraph())
	top := m.reader.TopParagraph()
	if top < 15 {
		t.Fatalf("scrolled to paragraph %d, want about 20", top)
	}
	w.Close()

	m2, w2 := start(t, a)
	if got := m2.reader.Article(); got == nil || got.ID != articles(t)[1].ID {
		t.Fatalf("restart shows %v, want the last article read", got)
	}
	if m2.reader.size != baseReadingSize+2*textStep {
		t.Errorf("text size %v, want %v", m2.reader.size, baseReadingSize+2*textStep)
	}
	if m2.shell.set.theme() != ThemeDark || a.Settings().Theme().(appTheme).mode != ThemeDark {
		t.Error("dark theme not restored")
	}
	if s := w2.Canvas().Size(); s.Width != 1100 || s.Height != 700 {
		t.Errorf("window size %v, want 1100x700", s)
	}
	if l, r := m2.shell.split.Offset, m2.shell.split.Trailing.(*container.Split).Offset; l != 0.25 || r != 0.6 {
		t.Errorf("dividers at %v and %v, want 0.25 and 0.6", l, r)
	}
	if got := m2.reader.TopParagraph(); got < top-1 || got > top+1 {
		t.Errorf("reading position %d, want %d", got, top)
	}
}

func TestTextSizeBounds(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	for i := 0; i < 30; i++ {
		m.zoom(textStep)
	}
	if m.reader.size != maxReadingSize {
		t.Errorf("size grows to %v, want at most %v", m.reader.size, maxReadingSize)
	}
	m.zoom(0)
	if m.reader.size != baseReadingSize {
		t.Errorf("Ctrl+0 gives %v, want %v", m.reader.size, baseReadingSize)
	}
}

func TestLanguageSwitch(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	m.setLanguage(LangChinese)
	if got := w.MainMenu().Items[0].Label; got != "文件" {
		t.Errorf("Chinese File menu is %q", got)
	}
	if got := m.find.entry.PlaceHolder; got != "在文中查找" {
		t.Errorf("Chinese find placeholder %q", got)
	}
	m.setLanguage(LangEnglish)
	if got := w.MainMenu().Items[0].Label; got != "File" {
		t.Errorf("English File menu is %q", got)
	}
	if m.reader.Article() == nil {
		t.Error("switching language lost the article")
	}
	m.setLanguage(LangSystem)
}

// Every interface string has a Chinese translation.
func TestTranslationsComplete(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	m.setLanguage(LangChinese)
	defer m.setLanguage(LangSystem)
	var labels []string
	var walk func(items []*fyne.MenuItem)
	walk = func(items []*fyne.MenuItem) {
		for _, it := range items {
			if it.IsSeparator {
				continue
			}
			labels = append(labels, it.Label)
			if it.ChildMenu != nil {
				walk(it.ChildMenu.Items)
			}
		}
	}
	for _, menu := range w.MainMenu().Items {
		labels = append(labels, menu.Label)
		walk(menu.Items)
	}
	for _, l := range labels {
		if l == "English" || l == "中文" {
			continue
		}
		if isASCII(l) {
			t.Errorf("menu item %q has no Chinese translation", l)
		}
	}
}

func isASCII(s string) bool {
	for _, r := range s {
		if r > 127 {
			return false
		}
	}
	return true
}

// The window draws: a capture is not blank. Set ZHIBIAO_SHOTS to a folder
// to keep the captures and look at them.
func TestWindowRenders(t *testing.T) {
	for _, c := range []struct {
		mode ThemeMode
		lang Language
	}{{ThemeLight, LangEnglish}, {ThemeDark, LangEnglish}, {ThemeLight, LangChinese}, {ThemeDark, LangChinese}} {
		m, w := start(t, test.NewTempApp(t))
		m.setLanguage(c.lang)
		m.setTheme(c.mode)
		m.library.list.list.Select(0)
		m.showFind()
		test.Type(m.find.entry, "增长")
		img := w.Canvas().Capture()
		if distinctColours(img) < 8 {
			t.Errorf("%s %s: capture is nearly blank", c.mode, c.lang)
		}
		saveShot(t, w, "window-"+string(c.mode)+"-"+string(c.lang))
		m.setLanguage(LangSystem)
	}
}

func distinctColours(img image.Image) int {
	seen := map[[3]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[[3]uint32{r >> 12, g >> 12, bl >> 12}] = true
		}
	}
	return len(seen)
}

func TestMarkScrollsToSpan(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	a := m.reader.Article()
	off := strings.Index(a.Text(), "一般公共预算收入完成8.6亿元")
	if !m.reader.Mark(off, off+len("一般公共预算收入")) {
		t.Fatal("Mark failed")
	}
	i := a.ParagraphAt(off)
	var marked []span
	for _, s := range m.reader.highlights(i) {
		if s.bg == colorMarked {
			marked = append(marked, s)
		}
	}
	if len(marked) != 1 || a.Paragraphs[i].Text[marked[0].start:marked[0].end] != "一般公共预算收入" {
		t.Errorf("marked %v", marked)
	}
}

// Ctrl+Q remembers the window as closing it does: Fyne's Quit ends the app
// without closing the window, so its OnClosed never runs.
func TestQuitRemembersWindow(t *testing.T) {
	a := test.NewTempApp(t)
	m, w := start(t, a)
	w.Resize(fyne.NewSize(1000, 650))
	m.shell.split.SetOffset(0.3)
	m.quit()

	m2, w2 := start(t, a)
	if s := w2.Canvas().Size(); s.Width != 1000 || s.Height != 650 {
		t.Errorf("window size %v after Quit, want 1000x650", s)
	}
	if m2.shell.split.Offset != 0.3 {
		t.Errorf("library divider at %v after Quit, want 0.3", m2.shell.split.Offset)
	}
}

// Every string the code passes to tr has a Chinese translation: the
// source is read for tr("…") literals, so a new message cannot ship in
// English only.
func TestEveryTrStringTranslated(t *testing.T) {
	raw, err := translations.ReadFile(chineseFile)
	if err != nil {
		t.Fatal(err)
	}
	var zh map[string]string
	if err := json.Unmarshal(raw, &zh); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.go")
	lit := regexp.MustCompile(`\btr\(("(?:[^"\\]|\\.)*")`)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range lit.FindAllSubmatch(src, -1) {
			s, err := strconv.Unquote(string(m[1]))
			if err != nil {
				t.Fatalf("%s: %s: %v", f, m[1], err)
			}
			n++
			if zh[s] == "" {
				t.Errorf("%s: %q has no Chinese translation", f, s)
			}
		}
	}
	if n < 50 {
		t.Errorf("found only %d tr strings: is the pattern right?", n)
	}
}

func richText(rt *widget.RichText) string {
	var b strings.Builder
	for _, s := range rt.Segments {
		b.WriteString(s.Textual())
	}
	return b.String()
}
