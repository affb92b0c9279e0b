package figure

import (
	"fmt"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// catalogYears are the seeds whose year only seeds/catalog.json would know.
// None now: 002 states no date but reviews 2020 (疫情防控坚决有力。2020年，…),
// and 004's 12月21日 has no year but its meeting hears 2020年工作总结. The
// catalogue keeps 002's title (its first line heads one column), 004's date
// and the sources, which change no region or year.
var catalogYears = map[string]bool{}

// seedAgreement compares, figure by figure, the seeds read as plain files
// with the embedded ones (title, date, region from the catalogue).
type seedAgreement struct {
	figures, regionOK, yearN, yearOK int
	allYearOK                        int // over every figure, the catalogue's years included
	misses                           []string
}

func compareSeeds(t *testing.T) seedAgreement {
	t.Helper()
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var s seedAgreement
	for _, a := range arts {
		emb, plain := Extract(a), Extract(corpus.Parse(a.ID, a.Raw))
		// Derived figures share their sentence's span: the name tells them apart.
		type key struct {
			start, end int
			name       string
		}
		at := map[key]Figure{}
		for _, f := range plain {
			at[key{f.Start, f.End, f.Name}] = f
		}
		for _, f := range emb {
			p, ok := at[key{f.Start, f.End, f.Name}]
			if !ok {
				s.misses = append(s.misses, fmt.Sprintf("%s@%d %s: not found in the plain file", a.ID, f.Start, f.Text))
				continue
			}
			s.figures++
			if p.Region == f.Region && p.RegionCode == f.RegionCode {
				s.regionOK++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("%s@%d %s: region %s/%s, embedded %s/%s", a.ID, f.Start, f.Text, p.Region, p.RegionCode, f.Region, f.RegionCode))
			}
			if yearString(p.Year) == yearString(f.Year) {
				s.allYearOK++
			}
			if catalogYears[a.ID] {
				continue
			}
			s.yearN++
			if yearString(p.Year) == yearString(f.Year) {
				s.yearOK++
			} else {
				s.misses = append(s.misses, fmt.Sprintf("%s@%d %s: year %s, embedded %s", a.ID, f.Start, f.Text, yearString(p.Year), yearString(f.Year)))
			}
		}
	}
	return s
}

func yearString(y *int) string {
	if y == nil {
		return "null"
	}
	return fmt.Sprint(*y)
}

// The five seed texts opened as user files, without seeds/catalog.json,
// give the regions, region codes and years of the embedded ones, figure by
// figure, except the years of the two seeds whose date the text lacks.
func TestSeedsAsPlainFiles(t *testing.T) {
	s := compareSeeds(t)
	t.Logf("seeds as plain files: %d figures, region %.3f, year %.3f (%d compared; %.3f over all, the catalogue's years included)",
		s.figures, ratio(s.regionOK, s.figures), ratio(s.yearOK, s.yearN), s.yearN, ratio(s.allYearOK, s.figures))
	for _, m := range s.misses {
		t.Error(m)
	}
}

// The seeds' places are read from their texts (the catalogue names none).
func TestSeedsLocated(t *testing.T) {
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]string{
		"000_3d56ce9018f8a19f.txt": {"马村区", "410804", "焦作市"},
		"001_eb4a5a37d5005e35.txt": {"马村区", "410804", "焦作市"},
		"002_71c5408922adfce0.txt": {"马村区", "410804", "焦作市"},
		"003_0eb69baf86343ab7.txt": {"焦作市", "410800", "焦作市"},
		"004_736a836cdd19ca79.txt": {"示范区", "410871", "焦作市"},
	}
	for _, a := range arts {
		l := *a
		Locate(Default().Places, &l)
		if got := [3]string{l.Region, l.RegionCode, l.City}; got != want[a.ID] {
			t.Errorf("%s: located %v, want %v", a.ID, got, want[a.ID])
		}
	}
}
