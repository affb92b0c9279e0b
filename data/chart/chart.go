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
)

// Chart is what one picture shows.
type Chart struct {
	Kind     Kind
	Title    string // e.g. 马村区 主要指标增速
	Subtitle string // e.g. 单位：%  ·  2024年
	// Unit is the unit of Value for every bar, e.g. %, 亿元, 位. It is
	// appended to values that have no ValueLabel.
	Unit string
	// Source says where the numbers come from; drawn at the foot.
	Source string
	// Note is a last line of explanation, e.g. which bars are derived.
	Note string
	Bars []Bar
}

// Bar is one value of a chart.
type Bar struct {
	Label string  // the category: an indicator name, or a year
	Value float64 // in Chart.Unit
	// ValueLabel is the value as printed at the bar, e.g. 5.0% or 约3.8亿元;
	// empty means Value formatted with Chart.Unit.
	ValueLabel string
	// Group is the series the bar belongs to (a region in an indicator
	// chart); bars of one group share a colour and the legend names it.
	Group string
	// Tag is a short mark printed under or after the label, naming the
	// document the bar comes from when a chart spans documents (e.g. 000).
	Tag string
	// Derived marks a value that the text implies but does not write; it
	// is drawn lighter, with an outline.
	Derived bool
	Ref     Ref
}

// Ref points at the text a bar comes from: bytes Start to End of document
// Doc, offsets as in CONTRACTS.md.
type Ref struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
