package figure

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// The development set (testdata/devset) is real report passages from places
// the project was not written for, each with a gold file written by hand:
// one line per figure, "text | value | unit | kind | name | region | period |
// year", in document order (testdata/devset/README.md). The gold is the
// measure of extraction; sentences.txt only detects change.

type goldFigure struct {
	line                     int
	text                     string
	value                    float64
	unit, kind, name, region string
	period                   string
	year                     int // 0 when the text does not tell
	start, end               int // where text was found in the passage
}

type goldDoc struct {
	stem  string
	raw   []byte
	figs  []goldFigure
	place string
}

func loadDevset(t testing.TB) []goldDoc {
	golds, err := filepath.Glob("testdata/devset/*.gold")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(golds)
	var docs []goldDoc
	for _, g := range golds {
		stem := strings.TrimSuffix(filepath.Base(g), ".gold")
		raw, err := os.ReadFile(strings.TrimSuffix(g, ".gold") + ".txt")
		if err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		d := goldDoc{stem: stem, raw: raw}
		from := 0
		for n, l := range strings.Split(string(b), "\n") {
			l = strings.TrimSpace(l)
			if strings.HasPrefix(l, "# place:") {
				d.place = strings.TrimSpace(strings.TrimPrefix(l, "# place:"))
			}
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			f, err := parseGold(l)
			if err != nil {
				t.Fatalf("%s:%d: %v", g, n+1, err)
			}
			f.line = n + 1
			k := strings.Index(string(raw[from:]), f.text)
			if k < 0 {
				t.Fatalf("%s:%d: %q not found in the passage after byte %d", g, n+1, f.text, from)
			}
			f.start, f.end = from+k, from+k+len(f.text)
			from = f.end
			d.figs = append(d.figs, f)
		}
		docs = append(docs, d)
	}
	return docs
}

func parseGold(l string) (goldFigure, error) {
	p := strings.Split(l, "|")
	if len(p) != 8 {
		return goldFigure{}, fmt.Errorf("want 8 fields separated by |, got %d", len(p))
	}
	for i := range p {
		p[i] = strings.TrimSpace(p[i])
	}
	v, err := strconv.ParseFloat(p[1], 64)
	if err != nil {
		return goldFigure{}, fmt.Errorf("value %q: %v", p[1], err)
	}
	y := 0
	if p[7] != "" {
		if y, err = strconv.Atoi(p[7]); err != nil {
			return goldFigure{}, fmt.Errorf("year %q: %v", p[7], err)
		}
	}
	return goldFigure{text: p[0], value: v, unit: p[2], kind: p[3], name: p[4], region: p[5], period: corpus.CanonicalPeriod(p[6]), year: y}, nil
}

// score counts, over a set of passages, how extraction agrees with gold.
type score struct {
	gold, got, matched, gotMatched int
	kindOK, nameOK                 int
	regionN, regionOK              int
	yearN, yearOK                  int
	periodN, periodOK              int
}

func (s *score) add(o score) {
	s.gold += o.gold
	s.got += o.got
	s.matched += o.matched
	s.gotMatched += o.gotMatched
	s.kindOK += o.kindOK
	s.nameOK += o.nameOK
	s.regionN += o.regionN
	s.regionOK += o.regionOK
	s.yearN += o.yearN
	s.yearOK += o.yearOK
	s.periodN += o.periodN
	s.periodOK += o.periodOK
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (s score) String() string {
	return fmt.Sprintf("recall %.3f (%d/%d)  precision %.3f (%d/%d)  kind %.3f  name %.3f  region %.3f (%d)  year %.3f (%d)  period %.3f (%d)",
		ratio(s.matched, s.gold), s.matched, s.gold, ratio(s.gotMatched, s.got), s.gotMatched, s.got,
		ratio(s.kindOK, s.matched), ratio(s.nameOK, s.matched),
		ratio(s.regionOK, s.regionN), s.regionN, ratio(s.yearOK, s.yearN), s.yearN, ratio(s.periodOK, s.periodN), s.periodN)
}

// scoreDoc matches gold figures to written figures by overlapping spans,
// each figure used once, and says what differs when verbose.
func scoreDoc(d goldDoc, figs []Figure, report func(string)) score {
	var written []Figure
	for _, f := range figs {
		if !f.Derived {
			written = append(written, f)
		}
	}
	s := score{gold: len(d.figs), got: len(written)}
	used := make([]bool, len(written))
	for _, g := range d.figs {
		j := -1
		for i, f := range written {
			if !used[i] && f.Start < g.end && g.start < f.End {
				j = i
				break
			}
		}
		if j < 0 {
			report(fmt.Sprintf("  missed  %s:%d %s (%s)", d.stem, g.line, g.text, g.name))
			continue
		}
		used[j] = true
		f := written[j]
		s.matched++
		if string(f.Kind) == g.kind {
			s.kindOK++
		} else {
			report(fmt.Sprintf("  kind    %s:%d %s: got %s want %s", d.stem, g.line, g.text, f.Kind, g.kind))
		}
		if sameName(f.Name, g.name) {
			s.nameOK++
		} else {
			report(fmt.Sprintf("  name    %s:%d %s: got %q want %q", d.stem, g.line, g.text, f.Name, g.name))
		}
		if g.region != "" {
			s.regionN++
			if f.Region == g.region {
				s.regionOK++
			} else {
				report(fmt.Sprintf("  region  %s:%d %s: got %q want %q", d.stem, g.line, g.text, f.Region, g.region))
			}
		}
		if g.year != 0 {
			s.yearN++
			if f.Year != nil && *f.Year == g.year {
				s.yearOK++
			} else {
				got := "null"
				if f.Year != nil {
					got = strconv.Itoa(*f.Year)
				}
				report(fmt.Sprintf("  year    %s:%d %s: got %s want %d", d.stem, g.line, g.text, got, g.year))
			}
		}
		if g.period != "" || f.Period != "" {
			s.periodN++
			if f.Period == g.period {
				s.periodOK++
			} else {
				report(fmt.Sprintf("  period  %s:%d %s: got %q want %q", d.stem, g.line, g.text, f.Period, g.period))
			}
		}
	}
	for i, f := range written {
		if used[i] {
			s.gotMatched++
			continue
		}
		// a figure overlapping a gold figure already taken (两个 spans of one
		// written number) is not a false alarm
		over := false
		for _, g := range d.figs {
			if f.Start < g.end && g.start < f.End {
				over = true
			}
		}
		if over {
			s.gotMatched++
			continue
		}
		report(fmt.Sprintf("  extra   %s@%d %s (%s %s)", d.stem, f.Start, f.Text, f.Kind, f.Name))
	}
	return s
}

// sameName accepts the names an analyst would accept as the same label:
// equal once spaces and 的 are dropped and synonyms folded, or one holding the
// other when the shorter has at least two characters and is no bare
// attribute (规上工业增加值 and 全县规上工业增加值; not 产值 and 高新区产值).
func sameName(got, want string) bool {
	got, want = strings.Join(strings.Fields(got), ""), strings.Join(strings.Fields(want), "")
	// 第一产业占地区生产总值的比重 and …占地区生产总值比重 are one label: golds
	// write the 的 as the text does, the extractor drops it
	got, want = strings.ReplaceAll(got, "的", ""), strings.ReplaceAll(want, "的", "")
	if got == want || CanonicalName(got) == CanonicalName(want) {
		return true
	}
	if got == "" || want == "" {
		return false
	}
	short, long := got, want
	if utf8.RuneCountInString(short) > utf8.RuneCountInString(long) {
		short, long = long, short
	}
	if bareAttribute(short) {
		return false // 产值 inside 玉林高新区产值, 增长 inside 产量增长工业产品: it names nothing
	}
	if long == got && strayMarks(got) > strayMarks(want) {
		return false // 05亿元、第二产业增加值: a piece of the list before is no part of the label
	}
	return utf8.RuneCountInString(short) >= 2 && strings.Contains(CanonicalName(long), CanonicalName(short))
}

// strayMarks counts what a label does not hold unless its text does: digits
// and the marks that separate list members and clauses.
func strayMarks(n string) int {
	c := 0
	for _, r := range n {
		if strings.ContainsRune("0123456789、，,；;。", r) {
			c++
		}
	}
	return c
}

// bareAttribute: a name that is only an attribute (产值, 增加值, 增速, 数量) or
// a verb (增长, 收窄) says of what only with the subject it leaves out, so
// it is not the same label as a longer name that holds it.
func bareAttribute(n string) bool {
	return genericNames[n] || rateAttributes[n] || isAny(n, rateNames) || isAny(n, growthVerbs) || isAny(n, subjectHeads) || n == "增加值"
}

// devsetFloors are the least the development set must score; raise them as
// extraction improves (BENCHMARKS.md records the measured figures). Year and
// period were lowered from .999 and .99 when slices x and y, scored as they
// were written, joined the development set, and raised back when the
// causes of y's errors were fixed (year 1.000, period .992).
var devsetFloors = struct{ recall, precision, kind, name, region, year, period float64 }{
	recall: 0.99, precision: 0.98, kind: 0.985, name: 0.95, region: 0.99, year: 0.999, period: 0.99,
}

// heldOutSlices are the slices written without tuning and never to be
// tuned on (SOURCES-q.md): they are scored and printed on every run, apart
// from the rest, as what to expect on a stranger's report, and the floors
// are not theirs (a floor that failed would invite tuning on them).
// Slice q, held out from 2026-12-06, was opened for work on 2026-12-07 when
// slice y took its place: the night's fixes had moved the held-out scores by
// nothing, and q's errors, read figure by figure, are the kind of report the
// fixes had not met.
// Slices x (names .850) and y (years .891) were opened the same way on
// 2026-12-07 at 04:15 UTC, after two sessions of general fixes had left them
// where they were written; slices v and z, written that morning before the
// program was run on them, took their place.
// Slice l, written on 2026-12-07 evening (SOURCES-l.md, SOURCES-l-part2.md)
// before the program was run on it, was scored once as held out (region
// .802: one passage's place named only in a photo caption) and then opened
// for work; slice ho, written after that work, took its place.
var heldOutSlices = map[string]bool{"r": true, "u": true, "w": true, "v": true, "z": true, "ho": true}

// sliceOf is the slice a passage belongs to: the letters its stem opens
// with (a for a01_jinxian_bulletin2023, ho for ho01_…), once every single
// letter was taken.
func sliceOf(stem string) string {
	n := 0
	for n < len(stem) && (stem[n] >= 'a' && stem[n] <= 'z' || stem[n] >= 'A' && stem[n] <= 'Z') {
		n++
	}
	return stem[:n]
}

// inSlice reports whether the passage stem is asked for by DEVSET_SLICE:
// all when it is empty, a slice by its letters (h is not ho), one passage
// by more (l03).
func inSlice(stem, slice string) bool {
	if slice == "" || sliceOf(stem) == slice {
		return true
	}
	return len(slice) > len(sliceOf(slice)) && strings.HasPrefix(stem, slice)
}

func TestDevset(t *testing.T) {
	docs := loadDevset(t)
	if len(docs) == 0 {
		t.Skip("no development set")
	}
	verbose := os.Getenv("DEVSET_VERBOSE") != ""
	// DEVSET_SLICE=e scores only the passages whose stem starts with e, so
	// one slice can be read on its own; the floors are for the whole
	// development set, held-out slices apart.
	slice := os.Getenv("DEVSET_SLICE")
	var dev, held score
	var devN, heldN int
	places := map[string]bool{}
	for _, d := range docs {
		if !inSlice(d.stem, slice) {
			continue
		}
		a := corpus.Parse(d.stem+".txt", d.raw)
		var lines []string
		s := scoreDoc(d, Extract(a), func(l string) { lines = append(lines, l) })
		if heldOutSlices[sliceOf(d.stem)] {
			held.add(s)
			heldN++
		} else {
			dev.add(s)
			devN++
			places[d.place] = true
		}
		if heldOutSlices[sliceOf(d.stem)] && slice == "" {
			continue // only the held-out total, unless the slice is asked for by name
		}
		t.Logf("%-40s %s", d.stem, s)
		if verbose {
			for _, l := range lines {
				t.Log(l)
			}
		}
	}
	if devN > 0 {
		t.Logf("TOTAL over %d passages from %d places (slice %q): %s", devN, len(places), slice, dev)
	}
	if heldN > 0 {
		t.Logf("HELD OUT over %d passages: %s", heldN, held)
	}
	if slice == "" {
		checkDevsetFloors(t, dev)
	}
}

// checkDevsetFloors fails the test for each score of total below its floor.
func checkDevsetFloors(t *testing.T, total score) {
	check := func(what string, got, floor float64) {
		if got < floor {
			t.Errorf("%s %.3f is below its floor %.3f", what, got, floor)
		}
	}
	check("recall", ratio(total.matched, total.gold), devsetFloors.recall)
	check("precision", ratio(total.gotMatched, total.got), devsetFloors.precision)
	check("kind", ratio(total.kindOK, total.matched), devsetFloors.kind)
	check("name", ratio(total.nameOK, total.matched), devsetFloors.name)
	check("region", ratio(total.regionOK, total.regionN), devsetFloors.region)
	check("year", ratio(total.yearOK, total.yearN), devsetFloors.year)
	check("period", ratio(total.periodOK, total.periodN), devsetFloors.period)
}
