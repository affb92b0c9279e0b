package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/keywords"
)

// A keyword as long as 社会消费品零售总额 ends before the bars begin, and
// every row's bar starts at the same place: the word ran under its bar.
func TestKeywordBarsClearLongWords(t *testing.T) {
	start(t, test.NewTempApp(t)) // the app's theme and its Chinese font
	words := []keywords.Keyword{
		{Word: "增加值", Weight: 3, Count: 3},
		{Word: "社会消费品零售总额", Weight: 1, Count: 1},
		{Word: "一般公共预算收入", Weight: 1, Count: 1},
	}
	col := wordColumn(words)
	var barX float32 = -1
	for i, k := range words {
		r := newKeywordRow()
		r.set(i, k, words[0].Weight, col)
		r.Resize(fyne.NewSize(460, 30))
		test.WidgetRenderer(r).Layout(r.Size())
		end := r.word.Position().X + r.word.MinSize().Width
		if x := r.bar.Position().X; x < end {
			t.Errorf("%s ends at %.0f, its bar starts at %.0f", k.Word, end, x)
		}
		if barX >= 0 && r.bar.Position().X != barX {
			t.Errorf("the bars do not line up: %.0f and %.0f", barX, r.bar.Position().X)
		}
		barX = r.bar.Position().X
	}
}
