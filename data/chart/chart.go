// Package chart draws the charts of the analysis panel and of `zhibiao
// chart`: bars of one article's figures and of one indicator across the
// corpus, rendered with go-chart's renderers and the embedded CJK font to
// PNG (any pixel density) or SVG.
//
// A Chart is plain data — title, unit, source and bars, each bar carrying
// the document and byte span of the sentence it comes from — so the window
// can map a click on a bar back to its sentence and tests can check what is
// drawn without looking at pixels. ForArticle and ForIndicator build charts
// from extracted figures; a Renderer draws them.
package chart

import "fmt"

// Kind is how a chart draws its bars.
type Kind int

const (
	// HBar draws one horizontal bar per item, top to bottom in the order
	// given, with the value at the bar's end: for comparing indicators.
	HBar Kind = iota
	// VBar draws vertical columns left to right, coloured by Group, with a
	// legend: for one indicator over documents, years and regions. When the
	// columns would be too narrow for their labels it falls back to HBar.
	VBar
	// Dots draws each item as a dot on a scale that starts at 1, for ranks:
	// a bar's length would suggest that a larger rank is more of something.
	Dots
	// Lines draws one line per Group over Chart.Categories, each bar a
	// point at the category its Label names: for one indicator over years,
	// a line per place.
	Lines
	// Multiples draws a small line chart per Group, in a grid, all on one
	// value scale: for more places than lines can tell apart.
	Multiples
)

var kindNames = []string{HBar: "hbar", VBar: "vbar", Dots: "dots", Lines: "lines", Multiples: "multiples"}

func (k Kind) String() string {
	if int(k) < len(kindNames) && k >= 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// MarshalText writes the kind as hbar, vbar, dots, lines or multiples.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) || k < 0 {
		return nil, fmt.Errorf("unknown chart kind %d", int(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText reads what MarshalText writes.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown chart kind %q", b)
}

// Chart is what one picture shows. It marshals to JSON as the chart's data.
type Chart struct {
	Kind     Kind   `json:"kind"`
	Title    string `json:"title"`    // e.g. 马村区 2024年 增速
	Subtitle string `json:"subtitle"` // e.g. 单位：%　按数值从大到小排列
	// Unit is the unit of Value for every bar, e.g. %, 亿元, 位. It is
	// appended to values that have no ValueLabel.
	Unit string `json:"unit"`
	// Source says where the numbers come from; drawn at the foot.
	Source string `json:"source"`
	// Note is a last line of explanation, e.g. bars left out.
	Note string `json:"note,omitempty"`
	// Categories are the points of a Lines or Multiples chart's axis, in
	// order (years); each bar's Label is one of them.
	Categories []string `json:"categories,omitempty"`
	Bars       []Bar    `json:"bars"`
}

// Bar is one value of a chart.
type Bar struct {
	Label string  `json:"label"` // the category: an indicator name, or a year
	Value float64 `json:"value"` // in Chart.Unit
	// ValueLabel is the value as printed at the bar, e.g. 5.0% or 约3.8亿元;
	// empty means Value formatted with Chart.Unit.
	ValueLabel string `json:"value_label"`
	// Group is the series the bar belongs to (a region in an indicator
	// chart); bars of one group share a colour and the legend names it.
	Group string `json:"group,omitempty"`
	// Tag is a short mark printed under or after the label, naming the
	// document the bar comes from when a chart spans documents (e.g. 000).
	Tag string `json:"tag,omitempty"`
	// Derived marks a value that the text implies but does not write; it
	// is drawn lighter, with an outline.
	Derived bool `json:"derived"`
	Ref     Ref  `json:"ref"`
}

// Ref points at the text a bar comes from: bytes Start to End of document
// Doc, offsets as in CONTRACTS.md.
type Ref struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
