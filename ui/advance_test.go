package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/assets"
)

// The reader breaks lines with widths read from the font's metrics; they
// must agree with what Fyne draws, or lines would overflow the column.
func TestAdvancesMatchRenderer(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newAppTheme(ThemeLight))
	adv, err := newAdvances(assets.Font)
	if err != nil {
		t.Fatal(err)
	}
	const size = 16
	worst := map[rune]float32{}
	for _, art := range articles(t) {
		for _, p := range art.Paragraphs {
			for _, r := range p.Text {
				if _, done := worst[r]; done {
					continue
				}
				got := adv.em(r) * size
				want := fyne.MeasureText(string(r), size, fyne.TextStyle{}).Width
				worst[r] = got - want
			}
		}
	}
	// Whole lines at every size the reader uses, as the reader measures them.
	for _, n := range []fyne.ThemeSizeName{sizeReading, sizeReadingSmall, sizeReadingHead, sizeReadingTitle} {
		for _, body := range []float32{minReadingSize, baseReadingSize, 18, maxReadingSize} {
			sz, _ := readingSize(n, body)
			line := "健风生物科技有限公司项目建设工地,工人在检查调试设备。焦作日报全媒体记者 刘金元 摄 5.0%"
			var ours float32
			for _, r := range line {
				ours += adv.em(r) * sz
			}
			if d := fyne.MeasureText(line, sz, fyne.TextStyle{}).Width - ours; d > 1 || d < -1 {
				t.Errorf("%s at %v pt: Fyne draws the line %.1f px wider than the metrics say", n, sz, d)
			}
		}
	}
	if h := fyne.MeasureText("中", size, fyne.TextStyle{}).Height; h-adv.line*size > 0.5 || h-adv.line*size < -0.5 {
		t.Errorf("line height: metrics say %.2f px, Fyne %.2f px", adv.line*size, h)
	}
	for r, d := range worst {
		if d > 0.5 || d < -0.5 {
			t.Errorf("%q (U+%04X): metrics say %.2f px more than Fyne draws", r, r, d)
		}
	}
}
