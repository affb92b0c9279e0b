package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/figure"
)

// levelFirst is the seeds' figures, with 地区生产总值's amounts (level)
// its most numerous kind but none of them saying whose or of which year
// it is — as 全县完成地区生产总值… in reports that never name their county.
type levelFirst struct{ memorySource }

func (s levelFirst) Indicators() []compare.Indicator {
	inds := s.memorySource.Indicators()
	for i := range inds {
		inds[i].Kinds = append([]compare.KindCount{{Kind: figure.Level, Figures: 99}}, inds[i].Kinds...)
	}
	return inds
}

func (s levelFirst) Table(q compare.Query) (compare.Table, error) {
	if q.Kind == figure.Level {
		return compare.Table{Indicator: q.Indicator, Kind: q.Kind}, nil
	}
	return s.memorySource.Table(q)
}

// A picked indicator opens on a kind that has something to compare (the
// growth of 焦作市 and 马村区), not on its most numerous kind when that
// kind's figures name no place or year.
func TestCompareOpensOnAKindWithValues(t *testing.T) {
	m, _ := start(t, test.NewTempApp(t))
	ct := newCompareTabFor(m.env.charts, m.allDocs)
	ct.source = levelFirst{memorySource{func() []chart.Doc { return m.allDocs() }}}
	ct.load()
	ct.indicator.SetText("地区生产总值")
	if !strings.HasPrefix(ct.kind.Selected, kindLabel(figure.Growth)) {
		t.Errorf("the tab opened on %q of %v", ct.kind.Selected, ct.kind.Options)
	}
	if got := strings.Join(cells(ct), "\n"); !strings.Contains(got, "马村区") {
		t.Errorf("cells:\n%s\nmessage %q", got, ct.message.Text)
	}
	// The user's own choice of kind stays, empty or not.
	ct.kind.SetSelectedIndex(0)
	if ct.kind.SelectedIndex() != 0 || !strings.Contains(ct.message.Text, "nothing to compare") {
		t.Errorf("picking the first kind shows %q: %q", ct.kind.Selected, ct.message.Text)
	}
}
