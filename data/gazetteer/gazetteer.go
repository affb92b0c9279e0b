package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer/internal/names"
)

// Level is the tier of a division.
type Level int8

const (
	Province   Level = iota // 省, 自治区, 直辖市, 特别行政区
	Prefecture              // 地级市, 地区, 自治州, 盟
	County                  // 县, 市辖区, 县级市, 旗, and zones with county-level codes
	Town                    // 镇, 乡, 街道, 苏木
)

var levelNames = [...]string{"province", "prefecture", "county", "town"}

func (l Level) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return fmt.Sprintf("Level(%d)", l)
	}
	return levelNames[l]
}

// Place is one division.
type Place struct {
	Code   string // GB/T 2260: 410000, 410800, 410804; towns 410871100
	Name   string // official name: 马村区
	Level  Level
	Parent string // the parent's code, "" for provinces
}

//go:embed divisions.tsv.gz
var divisionsGz []byte

// Gazetteer is the decoded table with its name index. It is read-only after
// Load, so one value may be shared by goroutines.
type Gazetteer struct {
	places []Place // sorted by code
	// byPrefix[p] is the first place whose code is not below the four
	// digits p (0000-9999), byPrefix[10000] len(places): index searches
	// only the codes that open with a code's own four digits
	byPrefix []int32
	children []int32 // children[start[i]:start[i+1]] are place i's children
	start    []int32
	names    nameIndex
	zones    []zoneRule
	context  contextRules
	shorts   *names.Table // the suffix rules that give short forms
}

// Load decodes the embedded table and builds the name index.
func Load() (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(divisionsGz))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g := &Gazetteer{}
	if err := g.parse(string(raw)); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g.byPrefix = prefixStarts(g.places)
	g.linkChildren()
	g.zones, g.context = parseZones(), parseContext()
	if err := g.buildIndex(); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return g, nil
}

// parse reads code, parent and name per line; the strings share one blob.
func (g *Gazetteer) parse(blob string) error {
	g.places = make([]Place, 0, strings.Count(blob, "\n"))
	for line := range strings.Lines(blob) {
		code, rest, ok1 := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		parent, name, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || name == "" {
			return fmt.Errorf("bad row %q", line)
		}
		g.places = append(g.places, Place{Code: code, Name: name, Level: levelOf(code), Parent: parent})
	}
	if !sort.SliceIsSorted(g.places, func(i, j int) bool { return g.places[i].Code < g.places[j].Code }) {
		return fmt.Errorf("rows not sorted by code")
	}
	return nil
}

// levelOf reads the level from the shape of a code.
func levelOf(code string) Level {
	switch {
	case len(code) > 6:
		return Town
	case strings.HasSuffix(code, "0000"):
		return Province
	case strings.HasSuffix(code, "00"):
		return Prefecture
	}
	return County
}

// linkChildren fills the child lists in one counting pass.
func (g *Gazetteer) linkChildren() {
	n := len(g.places)
	parent := make([]int32, n)
	g.start = make([]int32, n+1)
	for i, p := range g.places {
		parent[i] = int32(g.index(p.Parent))
		if parent[i] >= 0 {
			g.start[parent[i]+1]++
		}
	}
	for i := 1; i <= n; i++ {
		g.start[i] += g.start[i-1]
	}
	g.children = make([]int32, g.start[n])
	fill := append([]int32(nil), g.start[:n]...)
	for i, pi := range parent {
		if pi >= 0 {
			g.children[fill[pi]] = int32(i)
			fill[pi]++
		}
	}
}

// index returns the position of code in places, or -1. A code that opens
// with four digits is searched for among the places that share them, a
// few dozen, not among all 45,000: figures ask the level and chain of
// every mention.
func (g *Gazetteer) index(code string) int {
	lo, hi := 0, len(g.places)
	if p, ok := fourDigits(code); ok && len(g.byPrefix) == 10001 {
		lo, hi = int(g.byPrefix[p]), int(g.byPrefix[p+1])
	}
	i := lo + sort.Search(hi-lo, func(i int) bool { return g.places[lo+i].Code >= code })
	if code == "" || i == len(g.places) || g.places[i].Code != code {
		return -1
	}
	return i
}

// fourDigits is the number the first four bytes of code write when they
// are digits.
func fourDigits(code string) (int, bool) {
	if len(code) < 4 {
		return 0, false
	}
	n := 0
	for _, c := range []byte(code[:4]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// prefixStarts is byPrefix for places sorted by code: for each four
// digits, the first place whose code is not below them. Codes with other
// bytes sort among them as strings do, so a code is always between the
// starts of its own four digits and of the next.
func prefixStarts(places []Place) []int32 {
	starts := make([]int32, 10001)
	i := 0
	var p [4]byte
	for n := 0; n < 10000; n++ {
		p[0], p[1], p[2], p[3] = byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10)
		for i < len(places) && places[i].Code < string(p[:]) {
			i++
		}
		starts[n] = int32(i)
	}
	starts[10000] = int32(len(places))
	return starts
}

// Len returns the number of places in the table.
func (g *Gazetteer) Len() int { return len(g.places) }

// Place returns the place with a code.
func (g *Gazetteer) Place(code string) (Place, bool) {
	i := g.index(code)
	if i < 0 {
		return Place{}, false
	}
	return g.places[i], true
}

// Chain returns the place and its ancestors, province first: for 410804,
// 河南省, 焦作市, 马村区. It is nil for an unknown code.
func (g *Gazetteer) Chain(code string) []Place {
	var chain []Place
	for i := g.index(code); i >= 0; i = g.index(g.places[i].Parent) {
		chain = append(chain, g.places[i])
	}
	for l, r := 0, len(chain)-1; l < r; l, r = l+1, r-1 {
		chain[l], chain[r] = chain[r], chain[l]
	}
	return chain
}

// Children returns the places directly under a code, by code; with "" it
// returns the provinces.
func (g *Gazetteer) Children(code string) []Place {
	var out []Place
	if code == "" {
		for _, p := range g.places {
			if p.Parent == "" {
				out = append(out, p)
			}
		}
		return out
	}
	i := g.index(code)
	if i < 0 {
		return nil
	}
	for _, c := range g.children[g.start[i]:g.start[i+1]] {
		out = append(out, g.places[c])
	}
	return out
}

// childIndexes are the indexes in g.places of the places Children
// returns, in its order, without copying the places: zoneRow
// reads a host's children for each zone a figure's owner names, and the
// copies were a twentieth of Extract's allocations.
func (g *Gazetteer) childIndexes(code string) []int32 {
	if code == "" {
		var out []int32 // the top level, as Children("") reads it
		for k, p := range g.places {
			if p.Parent == "" {
				out = append(out, int32(k))
			}
		}
		return out
	}
	i := g.index(code)
	if i < 0 {
		return nil
	}
	return g.children[g.start[i]:g.start[i+1]]
}

// Lookup returns every place whose official name or short form is name
// (宿松 → 宿松县; 朝阳区 → both), highest level first, then by code. Names
// kept out of Find by the stoplists are found here too.
func (g *Gazetteer) Lookup(name string) []Place {
	var out []Place
	for _, c := range g.names.cands(name) {
		out = append(out, g.places[c.place])
	}
	return out
}

// isAncestor reports whether a is a proper ancestor of code.
func (g *Gazetteer) isAncestor(a, code string) bool {
	for i := g.index(code); i >= 0; {
		i = g.index(g.places[i].Parent)
		if i >= 0 && g.places[i].Code == a {
			return true
		}
	}
	return false
}
