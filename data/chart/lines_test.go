package chart

import (
	"bytes"
	"strings"
	"testing"
)

// A line chart places each value at its category and its place's line,
// draws every point where a click finds it, and labels the axis in order.
func TestLines(t *testing.T) {
	c := Chart{Kind: Lines, Title: "地区生产总值 增速", Unit: "%", Categories: []string{"2022年", "2023年", "2024年"},
		Bars: []Bar{
			{Label: "2023年", Value: 3.8, Group: "马村区", Derived: true, Ref: Ref{Doc: "000", Start: 1171, End: 1245}},
			{Label: "2024年", Value: 5.0, Group: "马村区", Ref: Ref{Doc: "000", Start: 1209, End: 1213}},
			{Label: "2024年", Value: 5.4, Group: "焦作市", Ref: Ref{Doc: "003", Start: 706, End: 710}},
			{Label: "2022年", Value: -1.5, Group: "焦作市"},
		}}
	r, err := NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	_, m, err := r.Image(c, Options{Width: 800, Height: 500})
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range m.Bars {
		if b.Empty() {
			t.Fatalf("point %d not drawn", i)
		}
		if got := m.BarAt(b.Min.Add(b.Size().Div(2))); got != i && c.Bars[got].Label != c.Bars[i].Label {
			t.Errorf("a click on point %d finds %d", i, got)
		}
	}
	// Later years lie to the right; a larger value higher up.
	if !(m.Bars[0].Min.X < m.Bars[1].Min.X && m.Bars[3].Min.X < m.Bars[0].Min.X) {
		t.Errorf("points out of year order: %v", m.Bars)
	}
	if !(m.Bars[2].Min.Y < m.Bars[1].Min.Y && m.Bars[1].Min.Y < m.Bars[0].Min.Y) {
		t.Errorf("points out of value order: %v", m.Bars)
	}
	var svg bytes.Buffer
	if _, err := r.Render(&svg, c, Options{Format: SVG}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"马村区", "焦作市", "2022年", "5.4%", "推算值"} {
		if !strings.Contains(svg.String(), s) {
			t.Errorf("svg lacks %q", s)
		}
	}
	if b, _ := Lines.MarshalText(); string(b) != "lines" {
		t.Errorf("Lines marshals as %q", b)
	}
}
