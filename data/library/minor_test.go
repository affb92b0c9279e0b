package library

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/figure"
)

// TestNamesLeaveMinorOut: the indicators the library offers count no minor
// figure (召开党委会议5次, 审核95人), while Named still gives them back,
// marked, as the rest of each article's cached figures.
func TestNamesLeaveMinorOut(t *testing.T) {
	l := openTest(t, t.TempDir())
	if _, err := l.SyncRows(t.Context()); err != nil {
		t.Fatal(err)
	}
	want := map[NameCount]int{}
	minor := 0
	for _, id := range l.seeds.ids {
		figs, _, _, err := l.Figures(id)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range figs {
			if f.Minor {
				minor++
				continue
			}
			want[NameCount{Name: f.Name, Kind: f.Kind}]++
		}
		sameAsCached(t, l, id)
	}
	if minor == 0 {
		t.Fatal("fixture: no minor figure in the seeds")
	}
	names, err := l.Names()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		k := NameCount{Name: n.Name, Kind: n.Kind}
		if n.Figures != want[k] {
			t.Errorf("%s (%s): %d figures, want %d not minor", n.Name, n.Kind, n.Figures, want[k])
		}
	}
	if got := countOf(names, "审核", figure.Count); got != 0 {
		t.Errorf("审核 offered with %d figures", got)
	}
}

func countOf(names []NameCount, name string, kind figure.Kind) int {
	for _, n := range names {
		if n.Name == name && n.Kind == kind {
			return n.Figures
		}
	}
	return 0
}
