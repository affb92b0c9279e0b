package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/zhibiao/zhibiao/data/library"
)

// fitWidth cuts what does not fit with an ellipsis and leaves what fits.
func TestFitWidth(t *testing.T) {
	one := func(rune) float32 { return 10 }
	for _, c := range []struct {
		s     string
		avail float32
		want  string
	}{
		{"17.92万平方米", 100, "17.92万平方米"},
		{"17.92万平方米", 80, "17.92万平…"},
		{"规模以上工业增加值", 50, "规模以上…"},
		{"地区生产总值", 5, "…"},
		{"", 0, ""},
	} {
		if got := fitWidth(c.s, c.avail, one); got != c.want {
			t.Errorf("fitWidth(%q, %v) = %q, want %q", c.s, c.avail, got, c.want)
		}
	}
}

// In a narrow library a long title ends in …, and two rows of the same
// title show first what tells them apart, their file names (the title
// was clipped without a mark, and the file name came last, where the
// clip took it).
func TestNarrowLibraryRowsMarkCuts(t *testing.T) {
	test.NewTempApp(t)
	l := newLibraryList()
	w := test.NewTempWindow(t, l.box)
	w.Resize(fyne.NewSize(220, 500))
	long := "2024年焦作市温县国民经济和社会发展统计公报（修订版）"
	l.setEntries([]library.Article{
		{ID: "a.txt", Path: "/data/甲/经济运行.txt", Title: long, Date: "2025-03-01", Year: 2024, Region: "温县"},
		{ID: "b.txt", Path: "/data/乙/温县经济运行情况.txt", Title: long, Date: "2025-03-02", Year: 2024, Region: "温县"},
	})
	var titles []*fitLabel
	var metas []*widget.RichText
	walkShown(l.list, fyne.Position{}, func(o fyne.CanvasObject, _ fyne.Position) bool {
		if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 2 {
			if f, ok := c.Objects[0].(*fitLabel); ok {
				titles = append(titles, f)
				metas = append(metas, c.Objects[1].(*widget.RichText))
				return false
			}
		}
		return true
	})
	if len(titles) != 2 {
		t.Fatalf("%d rows on screen", len(titles))
	}
	for i, f := range titles {
		shown := f.Text
		if !strings.HasSuffix(shown, "…") || !strings.HasPrefix(long, strings.TrimSuffix(shown, "…")) {
			t.Errorf("row %d: %q shows as %q", i, long, shown)
		}
		if tw := fyne.MeasureText(shown, theme.TextSize(), fyne.TextStyle{}).Width; tw > f.Size().Width-2*theme.InnerPadding()+1 {
			t.Errorf("row %d: %q is %.0f wide in %.0f", i, shown, tw, f.Size().Width)
		}
		if meta := richText(metas[i]); !strings.HasPrefix(meta, []string{"经济运行.txt", "温县经济运行情况.txt"}[i]) {
			t.Errorf("row %d: second line %q does not start with the file name", i, meta)
		}
	}
}
