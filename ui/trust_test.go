package ui

import (
	"bytes"
	"encoding/csv"
	"errors"
	"image/color"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/search"
)

// shownRows are the figures table's cells on screen with text in them,
// by row: what the user sees, not what the model holds.
func shownRows(ft *figuresTab) map[int]bool {
	rows := map[int]bool{}
	size := ft.table.Size()
	walkShown(ft.table, fyne.Position{}, func(o fyne.CanvasObject, p fyne.Position) bool {
		c, ok := o.(*figureCell)
		if !ok {
			return true
		}
		if c.fig >= 0 && c.Text != "" && p.Y+c.Size().Height > 0 && p.Y < size.Height {
			rows[c.fig] = true
		}
		return false
	})
	return rows
}

// walkShown calls fn for every visible object under o with its position
// relative to o, descending while fn says so.
func walkShown(o fyne.CanvasObject, at fyne.Position, fn func(fyne.CanvasObject, fyne.Position) bool) {
	if !o.Visible() || !fn(o, at) {
		return
	}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(v).Objects()
	}
	for _, k := range kids {
		walkShown(k, at.Add(k.Position()), fn)
	}
}

// Scrolled to the bottom of a long table, a filter that leaves a few rows
// must show them, from the top: the table once stayed scrolled past its
// end and showed nothing under "5 / 78".
func TestFiguresTableShowsRowsAfterFilterWhenScrolled(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	w.Resize(fyne.NewSize(1280, 800))
	ft := m.panel.figures
	for _, change := range []struct {
		name  string
		apply func()
	}{
		{"kind", func() { ft.setKind(figure.Rank) }},
		{"text", func() { test.Type(ft.filter, "地区生产总值") }},
		{"article", func() { m.library.list.list.Select(2) }},
	} {
		ft.setKind("")
		ft.filter.SetText("")
		ft.table.ScrollToBottom()
		change.apply()
		if len(ft.rows) == 0 {
			t.Fatalf("%s: fixture filters out every row", change.name)
		}
		w.Canvas().Refresh(w.Content())
		shown := shownRows(ft)
		want := min(len(ft.rows), 3)
		for r := range want {
			if !shown[ft.rows[r]] {
				t.Errorf("%s filter: %d rows listed, row %d (%q) not on screen; %d shown", change.name, len(ft.rows), r, ft.figs[ft.rows[r]].Name, len(shown))
				break
			}
		}
	}
}

// Clicking a figure in the text marks that figure, and only it: the one
// selected before used to stay marked.
func TestClickingFigureInTextMovesMark(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	var spans []figureSpan
	para := -1
	for i, fs := range m.reader.figures {
		if len(fs) >= 2 {
			spans, para = fs, i
			break
		}
	}
	if para < 0 {
		t.Fatal("fixture: no paragraph with two figures")
	}
	first, second := spans[0], spans[1]
	row := -1
	for r, i := range ft.rows {
		if i == first.index {
			row = r
		}
	}
	ft.table.Select(widget.TableCellID{Row: row, Col: colName})
	m.reader.tapped(para, second.start)
	var marks []span
	for _, s := range m.reader.highlights(para) {
		if s.bg == colorMarked {
			marks = append(marks, s)
		}
	}
	if len(marks) != 1 || marks[0].start != second.start || marks[0].end != second.end {
		text := m.reader.Article().Paragraphs[para].Text
		t.Errorf("after clicking %q the marks are %v, want only it", text[second.start:second.end], marks)
	}
	if !strings.Contains(ft.detail.full, strings.TrimSpace(ft.figs[second.index].Text)) {
		t.Errorf("detail %q does not explain the clicked figure", ft.detail.full)
	}
}

// contrast is WCAG's contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	ch := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	r, g, b, _ := c.RGBA()
	return 0.2126*ch(r) + 0.7152*ch(g) + 0.0722*ch(b)
}

// over composites a possibly translucent colour on an opaque ground.
func over(fg, bg color.Color) color.Color {
	n := color.NRGBAModel.Convert(fg).(color.NRGBA)
	g := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(n.A) / 0xff
	mix := func(f, b uint8) uint8 { return uint8(math.Round(float64(f)*a + float64(b)*(1-a))) }
	return color.NRGBA{mix(n.R, g.R), mix(n.G, g.G), mix(n.B, g.B), 0xff}
}

// deltaE is the CIE76 distance of two colours: about 2.3 is just
// noticeable, 25 and more reads as another colour at a glance.
func deltaE(a, b color.Color) float64 {
	la, aa, ba := lab(a)
	lb, ab, bb := lab(b)
	return math.Sqrt((la-lb)*(la-lb) + (aa-ab)*(aa-ab) + (ba-bb)*(ba-bb))
}

func lab(c color.Color) (l, a, b float64) {
	ch := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	r, g, bl, _ := c.RGBA()
	R, G, B := ch(r), ch(g), ch(bl)
	x := (0.4124*R + 0.3576*G + 0.1805*B) / 0.95047
	y := 0.2126*R + 0.7152*G + 0.0722*B
	z := (0.0193*R + 0.1192*G + 0.9505*B) / 1.08883
	f := func(t float64) float64 {
		if t > 0.008856 {
			return math.Cbrt(t)
		}
		return 7.787*t + 16.0/116
	}
	return 116*f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))
}

// Derived rows are readable (WCAG 4.5:1) on the page and on a selected
// row, in both themes; the marked figure and the find matches do not pass
// for a kind's colour, and their text is readable on them.
func TestColoursContrast(t *testing.T) {
	for _, mode := range []ThemeMode{ThemeLight, ThemeDark} {
		th := newAppTheme(mode)
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		bg := c(theme.ColorNameBackground)
		for _, ground := range []struct {
			name string
			c    color.Color
		}{{"page", bg}, {"selected row", over(c(theme.ColorNameSelection), bg)}, {"hovered row", over(c(theme.ColorNameHover), bg)}} {
			if r := contrast(c(theme.ColorNameWarning), ground.c); r < 4.5 {
				t.Errorf("%s: derived rows on the %s have contrast %.1f:1, want 4.5:1", mode, ground.name, r)
			}
		}
		for _, hl := range []struct{ bg, text fyne.ThemeColorName }{
			{colorMarked, colorOnMarked}, {colorMatch, colorOnMatch}, {colorMatchCurrent, colorOnMatch},
		} {
			if r := contrast(c(hl.bg), c(hl.text)); r < 4.5 {
				t.Errorf("%s: text on %s has contrast %.1f:1", mode, hl.bg, r)
			}
			for _, k := range figure.Kinds {
				if d := deltaE(c(hl.bg), c(kindColorName(k))); d < 25 {
					t.Errorf("%s: %s is %.0f ΔE from the %s colour, too alike", mode, hl.bg, d, k)
				}
			}
		}
		if d := deltaE(c(colorMatch), c(colorMatchCurrent)); d < 25 {
			t.Errorf("%s: the current match is %.0f ΔE from the other matches", mode, d)
		}
	}
}

// The legend explains the rows written ≈.
func TestLegendExplainsDerivedRows(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ft := m.panel.figures
	for _, o := range ft.legend.Objects {
		found := false
		walkShown(o, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
			if txt, ok := o.(*canvas.Text); ok && strings.HasPrefix(txt.Text, "≈") {
				found = true
			}
			return true
		})
		if found {
			return
		}
	}
	t.Error("the legend has no entry for derived (≈) rows")
}

// overlayTexts are the texts of the window's top overlay (a dialog).
func overlayTexts(w fyne.Window) []string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return nil
	}
	var out []string
	walkShown(top, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, v.Text)
		case *canvas.Text:
			out = append(out, v.Text)
		}
		return true
	})
	return out
}

// The Chinese interface has no English words: not in the replace dialog
// (Yes/No), not in the file dialog's places (Home/Computer); the English
// one writes its ellipses as English does.
func TestNoEnglishInChineseInterface(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	w.Resize(fyne.NewSize(1000, 700))
	m.setLanguage(LangChinese)
	defer m.setLanguage(LangSystem)
	confirmReplace("figures.csv", w, func() {})
	texts := overlayTexts(w)
	for _, s := range texts {
		if s == "Yes" || s == "No" || s == "是" || s == "不" {
			t.Errorf("replace dialog says %q; want 替换/取消", s)
		}
	}
	if !slices.Contains(texts, "替换") {
		t.Errorf("replace dialog shows %q", texts)
	}
	w.Canvas().Overlays().Top().Hide()
	w.Canvas().Overlays().Remove(w.Canvas().Overlays().Top())
	m.showOpen()
	texts = overlayTexts(w)
	for _, s := range texts {
		if s == "Home" || s == "Computer" || s == "Cancel" || s == "Open" {
			t.Errorf("file dialog shows %q in the Chinese interface", s)
		}
	}
	if !slices.Contains(texts, "主文件夹") {
		t.Errorf("file dialog places %q", texts)
	}
	for _, k := range []string{"Yes", "No", "OK", "Cancel", "Save", "Open", "Create Folder", "Show Hidden Files"} {
		if got := tr(k); got == k {
			t.Errorf("Fyne's %q is not translated", k)
		}
	}
	m.setLanguage(LangEnglish)
	for _, k := range []string{"Export…", "Open…", "Export Chart…"} {
		if got := tr(k); strings.Contains(got, "…") {
			t.Errorf("English %q keeps the ellipsis the CJK font draws centred", got)
		}
	}
	if got := lang.X("file.name", "Name"); got != "Name" {
		t.Errorf("English file.name is %q", got)
	}
}

// Keys and clicks do what a user expects of a desktop program.
func TestKeyboardAndClicks(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	w.Resize(fyne.NewSize(1280, 800))

	// Ctrl+A and Ctrl+C in a text box act on the box, not the article
	// (Fyne gives the menu's shortcuts precedence over the focused box).
	e := m.search.entry
	q := useQueue(m)
	w.Canvas().Focus(e)
	test.Type(e, "焦作")
	waitForUI(t, q, func() bool { return m.search.asked > 0 && len(m.search.hits) > 0 })
	m.selectAll()
	if got := e.SelectedText(); got != "焦作" {
		t.Errorf("Ctrl+A in the search box selects %q", got)
	}
	if m.reader.SelectedText() != "" {
		t.Error("Ctrl+A in the search box selected the article")
	}
	m.copySelection()
	if got := m.app.Clipboard().Content(); got != "焦作" {
		t.Errorf("Ctrl+C in the search box copies %q", got)
	}

	// Clicking a result's snippet opens it, as clicking its title does.
	if len(m.search.hits) == 0 {
		t.Fatal("fixture: no hit for 焦作")
	}
	var opened *search.Hit
	m.search.OnOpen = func(h search.Hit) { opened = &h }
	row := m.search.results.CreateItem()
	m.search.updateRow(0, row)
	test.Tap(row.(*fyne.Container).Objects[1].(*textBlock))
	if opened == nil || opened.Doc != m.search.hits[0].Doc {
		t.Errorf("clicking the snippet opened %v", opened)
	}
	e.SetText("")

	// Choosing an article in the library gives the keys to the reader.
	w.Canvas().Focus(m.library.list.list)
	m.library.list.list.Select(3)
	if f := w.Canvas().Focused(); f != nil {
		t.Errorf("after choosing an article the keys go to %T", f)
	}
	y := m.reader.scroll.Offset.Y
	m.typedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if m.reader.scroll.Offset.Y <= y {
		t.Error("Page Down after choosing an article does not scroll it")
	}

	// A notch of the mouse wheel (Fyne: 25 px) scrolls three lines.
	y = m.reader.scroll.Offset.Y
	m.reader.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -fyneWheelNotch)})
	line := m.reader.size * lineHeight
	if d := m.reader.scroll.Offset.Y - y; d < 2.5*line {
		t.Errorf("a wheel notch scrolls %.0f px, a line is %.0f", d, line)
	}

	// Esc closes the shortcuts dialog.
	m.showShortcuts()
	if top := w.Canvas().Overlays().Top(); top == nil || !top.Visible() {
		t.Fatal("no shortcuts dialog")
	}
	m.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if top := w.Canvas().Overlays().Top(); top != nil && top.Visible() {
		t.Error("Esc leaves the shortcuts dialog open")
	}

	// Clicking the chosen 跨文章 option again keeps it chosen.
	ct := m.panel.charts
	ct.scope.SetSelected(tr("Across articles"))
	items := test.WidgetRenderer(ct.scope).Objects()
	test.Tap(items[1].(fyne.Tappable))
	if ct.scope.Selected != tr("Across articles") {
		t.Errorf("clicking the chosen scope leaves %q chosen", ct.scope.Selected)
	}
}

// Export writes the figures the table shows, filtered and sorted, or all
// of them; it is named after the article's title; its CSV has the kind
// and the derivation in the interface language beside their codes.
func TestExportFiguresAsShown(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	m.setLanguage(LangChinese)
	defer m.setLanguage(LangSystem)
	ft := m.panel.figures
	ft.setKind(figure.Growth)
	ft.sortBy(colValue)
	ft.sortBy(colValue) // descending
	var req exportRequest
	m.shell.showExportHook = func(r exportRequest) { req = r }
	m.exportFigures()
	a := m.reader.Article()
	if !strings.HasPrefix(req.name, safeFileName(a.Title)) || strings.Contains(req.name, strings.TrimSuffix(a.ID, ".txt")) {
		t.Errorf("default name %q, want the title %q", req.name, a.Title)
	}
	read := func() [][]string {
		path := filepath.Join(t.TempDir(), "f.csv")
		if err := req.write(path); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF")))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	rows := read()
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if len(rows)-1 != len(ft.rows) {
		t.Fatalf("exported %d figures, the table shows %d", len(rows)-1, len(ft.rows))
	}
	for r, i := range ft.rows {
		f := ft.figs[i]
		if got := rows[r+1][col["start"]]; got != strconv.Itoa(f.Start) {
			t.Fatalf("row %d starts at %s, the table's at %d: not in the order shown", r, got, f.Start)
		}
		if got := rows[r+1][col["kind"]]; got != "growth" {
			t.Errorf("row %d kind %q", r, got)
		}
		if got := rows[r+1][col["kind_label"]]; got != "增速" && got != kindLabel(figure.Growth) {
			t.Errorf("row %d kind label %q", r, got)
		}
		if f.Derived {
			if got := rows[r+1][col["derived_from_label"]]; strings.Contains(got, " in ") || strings.Contains(got, " pp") {
				t.Errorf("derivation %q in the Chinese interface", got)
			}
		}
	}
	if col["kind_label"] != col["kind"]+1 {
		t.Errorf("kind_label is column %d, kind %d", col["kind_label"], col["kind"])
	}
	// "All" exports every figure of the article.
	which := req.extra.(*widget.Select)
	which.SetSelectedIndex(1)
	if rows := read(); len(rows)-1 != len(ft.figs) {
		t.Errorf("all: %d figures exported of %d", len(rows)-1, len(ft.figs))
	}
}

// A derivation reads in the interface language; its figures stay as written.
func TestDerivedTextChinese(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	m.setLanguage(LangChinese)
	defer m.setLanguage(LangSystem)
	for _, c := range []struct{ in, want string }{
		{"5.0% − 1.2 pp (1.2个百分点) = 3.8% in 2023", "5.0% − 1.2个百分点 (1.2个百分点) = 3.8%（2023年）"},
		{"520家 − 49家 新增 = 471家 at the start of the year", "520家 − 49家 新增 = 471家（年初）"},
		{"282个 − 54个 (增加) = 228个 in 2020", "282个 − 54个 (增加) = 228个（2020年）"},
	} {
		if got := derivedText(c.in); got != c.want {
			t.Errorf("derivedText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// At 900×600 the year column is on screen, in both languages; a name too
// long for its column takes more lines, a value ends in an ellipsis, and
// resting the pointer on either shows it whole.
func TestNarrowTableKeepsYearAndMarksCuts(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	defer m.setLanguage(LangSystem)
	for _, l := range []Language{LangChinese, LangEnglish} {
		m.setLanguage(l)
		w.Resize(fyne.NewSize(900, 600))
		ft := m.panel.figures
		right := float32(0)
		for c := 0; c <= colYear; c++ {
			cw := colWidth(c)
			if c == colName {
				cw = ft.fill.width
			}
			right += cw + theme.Padding()
		}
		if tw := ft.table.Size().Width; right > tw {
			t.Errorf("%s at 900×600: the year column ends at %.0f, the table is %.0f wide", l, right, tw)
		}
	}
	ft := m.panel.figures
	long := -1
	for i, f := range ft.figs {
		if fyne.MeasureText(f.Name, theme.TextSize(), fyne.TextStyle{}).Width > ft.fill.width {
			long = i
			break
		}
	}
	if long < 0 {
		t.Fatal("fixture: no name longer than its column at 900×600")
	}
	row := slices.Index(ft.rows, long)
	c := newFigureCell(ft)
	ft.updateCell(widget.TableCellID{Row: row, Col: colName}, c)
	// A long name takes more lines (see TestFiguresLongNamesWrap), each
	// within the column; past three the last ends in an ellipsis.
	name := ft.figs[long].Name
	lines := strings.Split(c.Text, "\n")
	whole := strings.Join(lines, "")
	if len(lines) < 2 || whole != name && (len(lines) != maxNameLines || !strings.HasSuffix(whole, "…") || !strings.HasPrefix(name, strings.TrimSuffix(whole, "…"))) {
		t.Errorf("%q shows as %q: neither whole on its lines nor cut with an ellipsis", name, c.Text)
	}
	for _, line := range lines {
		if tw := fyne.MeasureText(line, theme.TextSize(), fyne.TextStyle{}).Width; tw > ft.fill.width-2*theme.InnerPadding()+1 {
			t.Errorf("%q is %.0f wide in a column of %.0f", line, tw, ft.fill.width)
		}
	}
	c.MouseIn(nil)
	if !strings.Contains(ft.detail.full, name) {
		t.Errorf("hovering the cut name shows %q", ft.detail.full)
	}
	// 17.92万平方米 in the value column of an article that writes it (the
	// columns fit what the article writes, see fitColumns).
	ft.fitColumns([]figure.Figure{{Text: "17.92万平方米", Unit: "万平方米"}})
	for _, c := range []struct{ text, want string }{
		{"17.92万平方米", "17.92万平方米"},
		{"1234567.89万平方米以上", "…"},
	} {
		if got := ft.fit(c.text, colValue); !strings.HasSuffix(got, c.want) {
			t.Errorf("value %q shows as %q", c.text, got)
		}
	}
}

// Why a file could not be opened is said in the interface language, not
// in Go's English.
func TestFileErrorsInChinese(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	m.setLanguage(LangChinese)
	defer m.setLanguage(LangSystem)
	path := filepath.Join(t.TempDir(), "没有.txt")
	_, err := os.Open(path)
	if err == nil {
		t.Fatal("a missing file opened")
	}
	err = fileError(tr("Could not export"), path, err)
	if msg := err.Error(); strings.Contains(msg, "no such file") || !strings.Contains(msg, "文件不存在") || !strings.Contains(msg, "没有.txt") {
		t.Errorf("error %q", msg)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("the cause is lost")
	}
}
