package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/figure"
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
		{"article", func() { m.lib.list.Select(2) }},
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
		text := m.reader.article.Paragraphs[para].Text
		t.Errorf("after clicking %q the marks are %v, want only it", text[second.start:second.end], marks)
	}
	if !strings.Contains(ft.detail.Text, strings.TrimSpace(ft.figs[second.index].Text)) {
		t.Errorf("detail %q does not explain the clicked figure", ft.detail.Text)
	}
}
