package gazetteer

import (
	_ "embed"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/gazetteer/internal/names"
)

// The tables that decide which names are read in text, as data.
var (
	//go:embed stoplist.txt
	stoplistTXT string
	//go:embed dictstop.txt
	dictstopTXT string
	//go:embed keep.txt
	keepTXT string
	//go:embed towns.txt
	townsTXT string
)

// cand is one place a name may mean.
type cand struct {
	place int32
	short bool // the name is a short form of the place, not its official name
	// former: the name is the place's official name before a rename (户县
	// for 鄠邑区), read as a short form is (two-character ones guarded)
	former bool
	alone  bool // read in text on its own; else only right after an ancestor
	// area: the name is a zone's the table lacks (雄安新区, areas.tsv), and
	// the place is its host
	area bool
}

type span struct{ first, n int32 }

// nameIndex maps names and short forms to their candidates, and indexes the
// names by their first two runes so Find tries only names that can start
// where it stands.
type nameIndex struct {
	byName map[string]span
	cand   []cand
	heads  map[uint64]uint32    // first two runes → bit k set when a name has k runes
	first  [1 << 16 / 64]uint64 // bit r set when a name starts with rune r
	// bit r set when a name's second rune is r (below 1<<16): most runes
	// after a first one are no name's second, and the test is cheaper
	// than heads' map look-up, asked at every place a name could start
	second [1 << 16 / 64]uint64
	// pairs has the bit of pairKey(r1, r2) set for every head in heads: a
	// pair of common runes that no name opens with is mostly turned away
	// here rather than by the map
	pairs [1 << pairBits / 64]uint64
	// lasts has the bit of lastKey(r1, r2, last rune, k) set for every
	// name: a name's first two runes are written far more often than the
	// name (3,755 of 4,104 look-ups failed on the shipped articles), and
	// each failed look-up hashed the text and missed the cache in the map
	lasts [1 << lastBits / 64]uint64
}

// lastBits is the size of lasts, 32 KB for the forty thousand names.
const lastBits = 18

func lastKey(r1, r2, last rune, k int) uint32 {
	return (uint32(r1)*0x9E3779B1 ^ uint32(r2)*0x85EBCA77 ^ uint32(last)*0xC2B2AE3D ^ uint32(k)*0x27D4EB2F) >> (32 - lastBits)
}

// mayBe reports whether a name of k runes may open with r1, r2 and end
// with last: false only when none does.
func (ix *nameIndex) mayBe(r1, r2, last rune, k int) bool {
	p := lastKey(r1, r2, last, k)
	return ix.lasts[p/64]&(1<<(p%64)) != 0
}

// pairBits is the size of pairs, a filter of 128 KB before the map.
const pairBits = 20

func pairKey(r1, r2 rune) uint32 {
	return (uint32(r1)*0x9E3779B1 ^ uint32(r2)*0x85EBCA77) >> (32 - pairBits)
}

func headKey(r1, r2 rune) uint64 { return uint64(r1)<<32 | uint64(uint32(r2)) }

func (ix *nameIndex) cands(name string) []cand {
	s, ok := ix.byName[name]
	if !ok {
		return nil
	}
	return ix.cand[s.first : s.first+s.n]
}

// buildIndex indexes every official name and every short form.
func (g *Gazetteer) buildIndex() error {
	tab, err := names.Default()
	if err != nil {
		return err
	}
	g.shorts = tab
	stop := wordSet(stoplistTXT, dictstopTXT)
	for w := range wordSet(keepTXT) {
		delete(stop, w)
	}
	townEnds := wordList(townsTXT)
	tmp := make(map[string][]cand, len(g.places)+4096)
	for i, p := range g.places {
		alone := !stop[p.Name] && (p.Level != Town || readableTown(p.Name, townEnds))
		tmp[p.Name] = append(tmp[p.Name], cand{place: int32(i), alone: alone})
		for _, s := range tab.Shorts(p.Name, int(p.Level)) {
			tmp[s] = append(tmp[s], cand{place: int32(i), short: true, alone: !stop[s]})
		}
	}
	former, err := g.formerNames()
	if err != nil {
		return err
	}
	official := func(s string) bool {
		for _, c := range tmp[s] {
			if !c.short {
				return true
			}
		}
		return false
	}
	for s, idx := range g.initialForms(tab, former, official) {
		for _, i := range idx {
			tmp[s] = append(tmp[s], cand{place: int32(i), short: true, alone: !stop[s]})
		}
	}
	local, err := g.localShorts()
	if err != nil {
		return err
	}
	for s, idx := range local {
		for _, i := range idx {
			tmp[s] = append(tmp[s], cand{place: int32(i), short: true, alone: true})
		}
	}
	for s, i := range former {
		tmp[s] = append(tmp[s], cand{place: int32(i), short: true, former: true, alone: !stop[s]})
	}
	areas, err := g.namedAreas()
	if err != nil {
		return err
	}
	for s, i := range areas {
		tmp[s] = append(tmp[s], cand{place: int32(i), area: true, alone: true})
	}
	g.names = nameIndex{byName: make(map[string]span, len(tmp)), heads: map[uint64]uint32{}}
	ix := &g.names
	for name, cs := range tmp {
		cs = g.sortCands(cs)
		ix.byName[name] = span{int32(len(ix.cand)), int32(len(cs))}
		ix.cand = append(ix.cand, cs...)
		ix.addHead(name)
	}
	return nil
}

// initialForms are the first-character short forms of long autonomous and
// league names (博州, 锡盟; names.Table.Initials), of today's names and of
// the former names of leagues that became cities (伊克昭盟 → 伊盟 for
// 鄂尔多斯市, by former): form → indexes of the places using it. A form
// that is some place's official name (official says) is left out:
// written, it is that place.
func (g *Gazetteer) initialForms(tab *names.Table, former map[string]int, official func(string) bool) map[string][]int {
	out := map[string][]int{}
	add := func(name string, i int) {
		for _, s := range tab.Initials(name, int(g.places[i].Level)) {
			if !official(s) {
				out[s] = append(out[s], i)
			}
		}
	}
	for i, p := range g.places {
		add(p.Name, i)
	}
	for name, i := range former {
		add(name, i)
	}
	return out
}

// sortCands orders candidates by level, then code, keeping one per place
// (the official name's when a place has both, a short form's before a
// former name's).
func (g *Gazetteer) sortCands(cs []cand) []cand {
	sort.Slice(cs, func(i, j int) bool {
		a, b := g.places[cs[i].place], g.places[cs[j].place]
		if a.Level != b.Level {
			return a.Level < b.Level
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		if cs[i].short != cs[j].short {
			return !cs[i].short
		}
		return !cs[i].former && cs[j].former // 梅县 is 梅县区's short form today before it is its former name
	})
	out := cs[:0]
	for _, c := range cs {
		if len(out) == 0 || out[len(out)-1].place != c.place {
			out = append(out, c)
		}
	}
	return out
}

// addHead records a name under its first two runes.
func (ix *nameIndex) addHead(name string) {
	r1, n1 := utf8.DecodeRuneInString(name)
	r2, _ := utf8.DecodeRuneInString(name[n1:])
	k := utf8.RuneCountInString(name)
	if r1 >= 1<<16 || k < names.MinRunes || k > 31 {
		return
	}
	ix.heads[headKey(r1, r2)] |= 1 << k
	last, _ := utf8.DecodeLastRuneInString(name)
	l := lastKey(r1, r2, last, k)
	ix.lasts[l/64] |= 1 << (l % 64)
	p := pairKey(r1, r2)
	ix.pairs[p/64] |= 1 << (p % 64)
	ix.first[r1/64] |= 1 << (r1 % 64)
	if r2 >= 0 && r2 < 1<<16 {
		ix.second[r2/64] |= 1 << (r2 % 64)
	}
}

// readableTown reports whether a town's name is read in text: it ends as a
// town does and has a name before the ending (城关镇, not 一农场 or 镇).
func readableTown(name string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(name, e) && utf8.RuneCountInString(name) > utf8.RuneCountInString(e)+1 {
			return true
		}
	}
	return false
}

// wordList reads the first field of each line of data files, skipping
// comments and blank lines.
func wordList(files ...string) []string {
	var out []string
	for _, f := range files {
		for line := range strings.Lines(f) {
			w, _, _ := strings.Cut(strings.TrimSpace(line), "\t")
			w = strings.TrimSpace(w)
			if w != "" && w[0] != '#' {
				out = append(out, w)
			}
		}
	}
	return out
}

func wordSet(files ...string) map[string]bool {
	set := map[string]bool{}
	for _, w := range wordList(files...) {
		set[w] = true
	}
	return set
}
