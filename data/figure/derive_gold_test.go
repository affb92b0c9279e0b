package figure

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// testdata/derived/seeds.gold is the derived figures of the shipped
// articles, written by hand (the file's header says how). It measures the
// derivation rules: how many of the figures the text implies they find
// (recall) and how many they make that nobody would (extras).

type derivedGold struct {
	line         int
	doc, anchor  string
	value        float64
	unit, kind   string
	name, region string
	year         int
	start, end   int // the anchor in the article
}

func loadDerivedGold(t testing.TB, arts map[string]*corpus.Article) []derivedGold {
	b, err := os.ReadFile("testdata/derived/seeds.gold")
	if err != nil {
		t.Fatal(err)
	}
	var out []derivedGold
	doc, from := "", 0
	for n, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "# doc ") {
			doc, from = strings.TrimSpace(strings.TrimPrefix(l, "# doc ")), 0
			if arts[doc] == nil {
				t.Fatalf("seeds.gold:%d: no article %s", n+1, doc)
			}
			continue
		}
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.Split(l, "|")
		if len(p) != 7 || doc == "" {
			t.Fatalf("seeds.gold:%d: want 7 fields after a # doc line", n+1)
		}
		for i := range p {
			p[i] = strings.TrimSpace(p[i])
		}
		v, err := strconv.ParseFloat(p[1], 64)
		if err != nil {
			t.Fatalf("seeds.gold:%d: %v", n+1, err)
		}
		y, err := strconv.Atoi(p[6])
		if err != nil {
			t.Fatalf("seeds.gold:%d: %v", n+1, err)
		}
		raw := string(arts[doc].Raw)
		k := strings.Index(raw[from:], p[0])
		if k < 0 {
			t.Fatalf("seeds.gold:%d: %q not in %s after byte %d", n+1, p[0], doc, from)
		}
		g := derivedGold{line: n + 1, doc: doc, anchor: p[0], value: v, unit: p[2], kind: p[3], name: p[4], region: p[5], year: y}
		g.start, g.end = from+k, from+k+len(p[0])
		from = g.start
		out = append(out, g)
	}
	return out
}

// sameValue: agreement to the rounding a careful reader would do.
func sameValue(got, want float64) bool {
	d := math.Abs(got - want)
	return d <= 0.051 || d <= 0.006*math.Abs(want)
}

type derivedScore struct {
	gold, got, matched               int
	nameOK, regionOK, yearOK, unitOK int
}

func (s derivedScore) String() string {
	return fmt.Sprintf("recall %.3f (%d/%d)  extras %.3f (%d/%d)  name %d  region %d  year %d  unit %d of %d",
		ratio(s.matched, s.gold), s.matched, s.gold, 1-ratio(s.matched, s.got), s.got-s.matched, s.got,
		s.nameOK, s.regionOK, s.yearOK, s.unitOK, s.matched)
}

func scoreDerived(t testing.TB, report func(string)) derivedScore {
	list, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	arts := map[string]*corpus.Article{}
	for _, a := range list {
		arts[a.ID] = a
	}
	golds := loadDerivedGold(t, arts)
	var s derivedScore
	s.gold = len(golds)
	used := make([]bool, len(golds))
	for _, a := range list {
		for _, f := range Extract(a) {
			if !f.Derived {
				continue
			}
			s.got++
			j := -1
			for i, g := range golds {
				if !used[i] && g.doc == a.ID && f.Start < g.end && g.start < f.End && sameValue(f.Value, g.value) {
					j = i
					break
				}
			}
			if j < 0 {
				report(fmt.Sprintf("  extra   %s %s%s %s (%s)", a.ID[:3], num(f.Value), f.Unit, f.Name, f.DerivedFrom))
				continue
			}
			used[j] = true
			s.matched++
			g := golds[j]
			if sameName(f.Name, g.name) || sameName(bareName(f.Name), g.name) || strings.Contains(f.Name, g.name) {
				s.nameOK++
			} else {
				report(fmt.Sprintf("  name    seeds.gold:%d got %q want %q", g.line, f.Name, g.name))
			}
			if f.Region == g.region {
				s.regionOK++
			} else {
				report(fmt.Sprintf("  region  seeds.gold:%d got %q want %q", g.line, f.Region, g.region))
			}
			if f.Year != nil && *f.Year == g.year {
				s.yearOK++
			} else {
				report(fmt.Sprintf("  year    seeds.gold:%d got %v want %d", g.line, f.Year, g.year))
			}
			if f.Unit == g.unit {
				s.unitOK++
			}
		}
	}
	for i, g := range golds {
		if !used[i] {
			report(fmt.Sprintf("  missed  seeds.gold:%d %s ⇒ %s%s %s", g.line, g.anchor, num(g.value), g.unit, g.name))
		}
	}
	return s
}

// derivedFloors are just under today's scores (40/40, 1 extra of 41), so
// a regression fails; issue 14 asks at least 0.6 and at most a quarter.
var derivedFloors = struct{ recall, extras float64 }{recall: 0.95, extras: 0.05}

func TestDerivedGold(t *testing.T) {
	s := scoreDerived(t, func(m string) { t.Log(m) })
	t.Logf("derived figures on the seeds: %v", s)
	if r := ratio(s.matched, s.gold); r < derivedFloors.recall {
		t.Errorf("derived recall %.3f below %.2f", r, derivedFloors.recall)
	}
	if e := 1 - ratio(s.matched, s.got); e > derivedFloors.extras {
		t.Errorf("derived extras %.3f above %.2f", e, derivedFloors.extras)
	}
}
