package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// 2024年,全年地区生产总值增长5.0%,高于2023年1.2个百分点。其中,第一产业
// 增长2.5%…规上工业增加值增长7.5%,排名城区第二: at 1280×800 the value column kept room for 17.92万平方米
// while the names were cut to 第一产业增…; the columns now fit what the
// article writes in them, the names get the rest, and no value is cut.
func TestFiguresColumnsFitTheirValues(t *testing.T) {
	for _, lang := range []Language{LangChinese, LangEnglish} {
		m, w := start(t, test.NewTempApp(t))
		m.setLanguage(lang)
		w.Resize(fyne.NewSize(1280, 800))
		ft := m.panel.figures
		y := 2024
		a := &corpus.Article{ID: "fit", Title: "马村区:建设“一区两城三基地”"}
		figs := []figure.Figure{
			{Text: "5.0%", Name: "地区生产总值", Kind: figure.Growth, Region: "马村区", Year: &y},
			{Text: "1.2个百分点", Name: "地区生产总值", Kind: figure.PPChange, Region: "马村区", Year: &y},
			{Text: "2.5%", Name: "第一产业增加值", Kind: figure.Growth, Region: "马村区", Year: &y},
			{Text: "第二", Name: "规上工业增加值", Kind: figure.Rank, Region: "马村区", Year: &y, RankScope: "城区"},
		}
		ft.show(a, figs)
		if got := ft.fit("第一产业增加值", colName); got != "第一产业增加值" {
			t.Errorf("%s: the name column (%.0f px) cuts 第一产业增加值 to %q", lang, ft.fill.width, got)
		}
		for _, f := range figs {
			for c := colValue; c < ft.cols(); c++ {
				if s := cellText(f, c); ft.fit(s, c) != s {
					t.Errorf("%s: column %d cuts %q to %q", lang, c, s, ft.fit(s, c))
				}
			}
		}
		for c := colValue; c < ft.cols(); c++ {
			if need := titleWidth(colTitle(c)); ft.colW[c] < need {
				t.Errorf("%s: column %q is %.0f wide, its title needs %.0f", lang, colTitle(c), ft.colW[c], need)
			}
		}
		// A sorted column's title keeps room for its mark.
		ft.sortBy(colRegion)
		need := fyne.MeasureText(colTitle(colRegion)+"▲", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
		if ft.colW[colRegion] < need {
			t.Errorf("%s: sorted on region, its column is %.0f wide, its title needs %.0f", lang, ft.colW[colRegion], need)
		}
		m.setLanguage(LangSystem)
	}
}
