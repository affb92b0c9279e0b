package compare

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/chart"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/library"
)

// TestInputsLeaveMinorOut: no minor figure (审核95人) is compared or
// offered as an indicator, from articles in memory or from the library.
func TestInputsLeaveMinorOut(t *testing.T) {
	a := corpus.Parse("宁郭镇.txt", []byte("截至目前，该镇的18个村已审核95人。全镇新增就业600人。"))
	figs := figure.Extract(a)
	minor := 0
	for _, f := range figs {
		if f.Minor {
			minor++
		}
	}
	if minor == 0 {
		t.Fatal("fixture: no minor figure")
	}
	for _, in := range Inputs([]chart.Doc{{Article: a, Figures: figs}}) {
		if in.Figure.Minor {
			t.Errorf("Inputs keeps minor %s", in.Figure.Text)
		}
	}
	var found []library.Found
	for _, f := range figs {
		found = append(found, library.Found{Figure: f})
	}
	in := fromFound(found)
	if len(in) != len(figs)-minor {
		t.Errorf("fromFound: %d inputs of %d figures, %d minor", len(in), len(figs), minor)
	}
	for _, c := range Counts(in) {
		if c.Name == "审核" {
			t.Errorf("审核 offered as an indicator")
		}
	}
}
