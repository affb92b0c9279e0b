// Package figure finds the statistics of an article: each quantity that is
// a figure, with what it measures, its kind, whose it is and which year.
package figure

// Kind is what sort of figure a quantity is (CONTRACTS.md lists them).
type Kind string

const (
	Level    Kind = "level"     // an amount: money, output
	Growth   Kind = "growth"    // a rate of change: 增长/提高/下降 N%
	Share    Kind = "share"     // a proportion or completion rate
	PPChange Kind = "pp_change" // a difference in percentage points
	Count    Kind = "count"     // a number of things, people, projects
	Physical Kind = "physical"  // length, area, mass, volume, duration
	Rank     Kind = "rank"      // 第N, 首位
	Multiple Kind = "multiple"  // N倍
)

// Kinds lists every kind in the order the interface shows them.
var Kinds = []Kind{Level, Growth, Share, PPChange, Count, Physical, Rank, Multiple}

// Figure is one indicator mention. Field names follow the JSON of
// `zhibiao extract` (CONTRACTS.md); Start and End are byte offsets into the
// article's original bytes and Text is exactly those bytes.
type Figure struct {
	Doc       string  `json:"doc"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Text      string  `json:"text"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit"`
	NormValue float64 `json:"norm_value"`
	NormUnit  string  `json:"norm_unit"`
	Kind      Kind    `json:"kind"`
	Name      string  `json:"name"`
	Region    string  `json:"region"`
	Year      *int    `json:"year"` // nil when the figure has no period
	RankScope string  `json:"rank_scope"`
	// RegionCode is the GB/T 2260 code of Region, or of a zone's host
	// division; empty when the place is unknown or ambiguous.
	RegionCode string `json:"region_code"`
	// Period is the part of Year the figure covers (Q1, H1, Q1-Q3, M1-M2,
	// M3E); empty for a whole year or when unknown.
	Period      string `json:"period"`
	Derived     bool   `json:"derived"`
	DerivedFrom string `json:"derived_from,omitempty"`
	// Qualifier is 近, 约, 余, 多, 超, 突破, 以上…: the figure is approximate or
	// a bound. Empty for an exact figure.
	Qualifier string `json:"qualifier,omitempty"`
	// Minor marks a count of administrative bookkeeping rather than of the
	// economy (meetings held, people reviewed, list members: minor.go);
	// the window hides such figures unless asked.
	Minor bool `json:"minor"`
}
