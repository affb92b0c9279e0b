package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// The 范围 column (a rank's scope) shows only for an article with a
// ranked figure; without one its width goes to the indicator column,
// whose names (第一产业增加值, 社会消费品零售总额) were cut to five
// characters at a 1280×800 window.
func TestScopeColumnOnlyForRanks(t *testing.T) {
	m, w := start(t, test.NewTempApp(t))
	w.Resize(fyne.NewSize(1280, 800))
	ft := m.panel.figures
	a := &corpus.Article{ID: "scope", Title: "新乡县2023年国民经济和社会发展统计公报"}
	plain := []figure.Figure{
		{Text: "25.3亿元", Name: "第一产业增加值", Kind: figure.Level, Region: "新乡县"},
		{Text: "98.6亿元", Name: "社会消费品零售总额", Kind: figure.Level, Region: "新乡县"},
	}
	ranked := append(plain[:2:2], figure.Figure{Text: "第3位", Name: "地区生产总值增速", Kind: figure.Rank, Region: "新乡县", RankScope: "全市"})

	ft.show(a, ranked)
	if _, c := ft.table.Length(); c != numCols {
		t.Fatalf("an article with a rank shows %d columns, want %d with 范围", c, numCols)
	}
	withScope := ft.fill.width

	ft.show(a, plain)
	if _, c := ft.table.Length(); c != numCols-1 {
		t.Fatalf("an article without ranks shows %d columns, want %d", c, numCols-1)
	}
	gain := ft.fill.width - withScope
	if want := ft.colW[colScope] + theme.Padding(); gain < want-0.5 {
		t.Errorf("the indicator column grew by %.0f without 范围, want %.0f", gain, want)
	}
	if need := fyne.MeasureText("社会消费品零售总额", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding(); ft.fill.width < need {
		t.Logf("note: 社会消费品零售总额 needs %.0f, the column is %.0f", need, ft.fill.width)
	}
}
