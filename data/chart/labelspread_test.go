package chart

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestSpread(t *testing.T) {
	for _, c := range []struct {
		want, got []float64
	}{
		{[]float64{10, 50}, []float64{10, 50}},    // apart: as wanted
		{[]float64{100, 104}, []float64{96, 108}}, // close: each nudged, centred on 102
		{[]float64{100, 100, 100}, []float64{88, 100, 112}},
		{[]float64{0, 100, 105, 111}, []float64{0, 93.33, 105.33, 117.33}}, // the far one stays
	} {
		got := spread(c.want, 12)
		for i := range got {
			if math.Abs(got[i]-c.got[i]) > 0.01 {
				t.Errorf("spread(%v) = %v, want %v", c.want, got, c.got)
				break
			}
		}
	}
}

// In the Compare panel's small chart, 焦作市's 5.4% and 马村区's 5.0% in 2024
// lie a few pixels apart: the second value was left out, a dot without its
// label. Both are printed now, neither over the other.
func TestLinesLabelCloseValues(t *testing.T) {
	c := Chart{Kind: Lines, Title: "地区生产总值 增速", Unit: "%", Categories: []string{"2023年", "2024年"},
		Bars: []Bar{
			{Label: "2023年", Value: 3.8, Group: "马村区", Derived: true},
			{Label: "2024年", Value: 5.0, ValueLabel: "5.0%", Group: "马村区"},
			{Label: "2024年", Value: 5.2, Group: "焦作市"},
		}}
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	var svg bytes.Buffer
	if _, err := r.Render(&svg, c, Options{Format: SVG, Width: 460, Height: 260}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`aria-label="5.0%"`, `aria-label="5.2%"`, `aria-label="3.8%"`} {
		if !strings.Contains(svg.String(), s) {
			t.Errorf("the chart does not print %s", s)
		}
	}
}
