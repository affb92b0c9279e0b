package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// 全市规模以上工业增加值增速达7.5%…: at 1280×800 the indicator column
// holds about nine characters and cut the name to 规模以上工业增…, which
// only hovering showed whole. A long name now takes a second line, its row
// grows to hold it, and the rows whose names fit stay one line high.
func TestFiguresLongNamesWrap(t *testing.T) {
	for _, lang := range []Language{LangChinese, LangEnglish} {
		m, w := start(t, test.NewTempApp(t))
		m.setLanguage(lang)
		w.Resize(fyne.NewSize(1280, 800))
		ft := m.panel.figures
		y := 2024
		a := &corpus.Article{ID: "wrap", Title: "前三季度全市经济运行情况"}
		figs := []figure.Figure{
			{Text: "2316.8亿元", Name: "地区生产总值", Kind: figure.Level, Region: "焦作市", Year: &y},
			{Text: "第二", Name: "地区生产总值", Kind: figure.Rank, Region: "焦作市", Year: &y, RankScope: "全省"},
			{Text: "7.5%", Name: "规模以上工业增加值增速", Kind: figure.Growth, Region: "焦作市", Year: &y},
			{Text: "2.6%", Name: "规模以上工业企业研发经费投入强度", Kind: figure.Share, Region: "焦作市", Year: &y},
			{Text: "≈1.5%", Name: "第一产业增加值 (上年)", Kind: figure.Growth, Region: "焦作市", Year: &y, Derived: true, Value: 1.5},
		}
		ft.show(a, figs)
		saveShot(t, w, "figures-wrap-"+string(lang))
		base, step := ft.rowSizes()
		if step <= 0 {
			t.Fatalf("a second line adds %.0f px", step)
		}
		for r, i := range ft.rows {
			name := figs[i].Name
			cell := newFigureCell(ft)
			ft.updateCell(widget.TableCellID{Row: r, Col: colName}, cell)
			lines := strings.Split(cell.Text, "\n")
			if got := strings.Join(lines, ""); got != name {
				t.Errorf("%s: %s shows as %q", lang, name, cell.Text)
			}
			fits := fitWidthOf(name, ft.widths.width) <= ft.nameRoom()
			if h, tall := ft.tall[r]; fits == tall || tall && h != base+float32(len(lines)-1)*step {
				t.Errorf("%s: %s (%d lines) has row height %.0f (tall %v), one line is %.0f", lang, name, len(lines), h, tall, base)
			}
			if strings.HasPrefix(lines[len(lines)-1], "(") && len(lines) > 1 && !strings.HasSuffix(lines[len(lines)-2], " ") {
				t.Errorf("%s: %q breaks inside its bracket", lang, cell.Text)
			}
		}
		if len(ft.tall) == 0 {
			t.Errorf("%s: no name took a second line in a %.0f px column", lang, ft.nameRoom())
		}
		m.setLanguage(LangSystem)
	}
}

// A name breaks between characters, never inside a bracket that fits a
// line or before closing punctuation, and past three lines ends in an
// ellipsis.
func TestNameLines(t *testing.T) {
	em := func(rune) float32 { return 1 }
	for _, c := range []struct {
		name  string
		avail float32
		want  string
	}{
		{"地区生产总值", 9, "地区生产总值"},
		{"规模以上工业增加值增速", 9, "规模以上工业增加值|增速"},
		{"第一产业增加值 (上年)", 9, "第一产业增加值 |(上年)"},
		{"规模以上工业增加值（不含电力）", 9, "规模以上工业增加值|（不含电力）"},
		{"城镇居民人均可支配收入、农村居民人均可支配收入", 6, "城镇居民人均|可支配收入、|农村居民人…"},
	} {
		if got := strings.Join(nameLines(c.name, c.avail, em, maxNameLines), "|"); got != c.want {
			t.Errorf("%s in %v: %q, want %q", c.name, c.avail, got, c.want)
		}
	}
}

// A 10 MB file's table lists thousands of long names: growing every row
// took minutes (each row's height redraws the table) and the window hung
// on 正在读取 huge.txt…. Past maxTallRows the names are cut as before, and
// a filter that lists fewer gives them their lines again.
func TestFiguresManyLongNamesStayOneLine(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	w.Resize(fyne.NewSize(1280, 800))
	ft := m.panel.figures
	y := 2024
	var figs []figure.Figure
	for i := range maxTallRows + 500 {
		name := "规模以上工业企业研发经费投入强度"
		if i%1000 == 0 {
			name = "高新技术产业增加值占规模以上工业增加值比重"
		}
		figs = append(figs, figure.Figure{Text: "2316.8亿元", Name: name, Kind: figure.Level, Region: "焦作市", Year: &y, RankScope: "全省"})
	}
	start := time.Now()
	ft.show(&corpus.Article{ID: "huge"}, figs)
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("showing %d long names took %v", len(figs), d)
	}
	if len(ft.tall) != 0 || !ft.oneLine {
		t.Errorf("%d of %d rows grown", len(ft.tall), len(ft.rows))
	}
	ft.filter.SetText("高新技术")
	if len(ft.rows) != 3 || len(ft.tall) != 3 || ft.oneLine {
		t.Errorf("filtered to %d rows, %d grown", len(ft.rows), len(ft.tall))
	}
}
