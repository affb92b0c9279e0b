package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A figure's explanation under the table wraps as Chinese is set: Fyne's
// word wrap, finding no space, broke it anywhere (增速达12. | 5%, 121.7 |
// %…) and put · at the start of a line.
func TestWrapText(t *testing.T) {
	em := func(rune) float32 { return 1 }
	for _, c := range []struct {
		text  string
		avail float32
		want  string
	}{
		{"原文：…全市规模以上工业增加值增速达12.5%，一般公共预算收入8.6亿元…", 16, "原文：…全市规模以上工业增加值增|速达12.5%，一般公共预算收入|8.6亿元…"},
		{"固定资产投资增长121.7%…", 11, "固定资产投资增长|121.7%…"},
		{"规模以上工业增加值增速 · 12.5% · 增速 · 焦作市", 17, "规模以上工业增加值增速 ·|12.5% · 增速 · 焦作市"},
		{"规模以上工业增加值增速 · 12.5% · 增速", 13, "规模以上工业增加值增|速 · 12.5% · 增|速"}, // not 增速 | · 12.5%
		{"Derived, not written in the text: 2024年增长5.0%", 20, "Derived, not|written in the|text: 2024年增长5.0%"},
		{"地区生产总值\n短", 3, "地区生|产总值|短"},
	} {
		if got := strings.ReplaceAll(wrapText(c.text, c.avail, em), "\n", "|"); got != c.want {
			t.Errorf("%s in %v:\n got %q\nwant %q", c.text, c.avail, got, c.want)
		}
	}
}

// On screen, at every width, the lines the label draws keep each number
// with its unit and start with no closing punctuation.
func TestWrapLabelKeepsFiguresWhole(t *testing.T) {
	test.NewTempApp(t)
	text := "规模以上工业增加值增速 · 12.5% · 增速 · 焦作市 · 2024年\n从原文：…全市规模以上工业增加值增速达12.5%，一般公共预算收入8.6亿元，固定资产投资增长121.7%…"
	l := newWrapLabel(text)
	w := test.NewTempWindow(t, l)
	for width := float32(150); width <= 420; width += 9 {
		w.Resize(fyne.NewSize(width, 400))
		lines := drawnLines(l)
		if len(lines) < 3 {
			t.Fatalf("at %v px: %q does not wrap", width, lines)
		}
		flat := strings.Join(lines, "")
		for _, whole := range []string{"12.5%", "8.6亿元", "121.7%", "2024年"} {
			if strings.Count(flat, whole) != strings.Count(text, whole) {
				t.Errorf("at %v px %s is split: %q", width, whole, lines)
			}
		}
		for _, line := range lines {
			if startsWithAny(line, noLineStart+" ") {
				t.Errorf("at %v px a line starts with %q: %q", width, line, lines)
			}
		}
		if got, want := strings.ReplaceAll(flat, " ", ""), strings.ReplaceAll(strings.ReplaceAll(text, "\n", ""), " ", ""); got != want {
			t.Errorf("at %v px the label shows %q", width, got)
		}
	}
	if l.full != text {
		t.Errorf("the label's text is %q, want it as set", l.full)
	}
}

// drawnLines are the lines of text a widget draws, in order.
func drawnLines(o fyne.CanvasObject) []string {
	var lines []string
	walkRendered(o, func(o fyne.CanvasObject) bool {
		if v, ok := o.(*canvas.Text); ok && v.Text != "" {
			lines = append(lines, v.Text)
		}
		return true
	})
	return lines
}

// In the window, the figure selected is explained under the table on
// lines that keep its figures whole, in both languages.
func TestFigureDetailWrapsWhole(t *testing.T) {
	for _, lang := range []Language{LangChinese, LangEnglish} {
		m, w := start(t, test.NewTempApp(t))
		m.setLanguage(lang)
		w.Resize(fyne.NewSize(1100, 860))
		ft := m.panel.figures
		for r, i := range ft.rows {
			if f := ft.figs[i]; !f.Derived && strings.Contains(f.Text, "121.7") {
				ft.table.Select(widget.TableCellID{Row: r, Col: colName})
				break
			}
		}
		if !strings.Contains(ft.detail.full, "121.7") {
			t.Fatalf("%s: fixture: the detail is %q", lang, ft.detail.full)
		}
		saveShot(t, w, "figure-detail-"+string(lang))
		lines := drawnLines(ft.detail)
		if len(lines) < 3 {
			t.Errorf("%s: the detail is not wrapped: %q", lang, lines)
		}
		for _, line := range lines {
			if startsWithAny(line, noLineStart+" ") || strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..") {
				t.Errorf("%s: the detail breaks badly: %q", lang, lines)
			}
		}
		m.setLanguage(LangSystem)
	}
}
