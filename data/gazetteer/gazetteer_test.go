package gazetteer

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// loaded shares one Gazetteer between the tests of this package.
var loaded = sync.OnceValues(Load)

func gaz(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCounts(t *testing.T) {
	g := gaz(t)
	var n [4]int
	for _, p := range g.places {
		n[p.Level]++
	}
	want := [4]int{34, 333, 2974, 41352}
	if n != want {
		t.Errorf("places by level = %v, want %v", n, want)
	}
	if got := len(g.Children("")); got != 34 {
		t.Errorf("provinces = %d, want 34", got)
	}
}

func TestPlaces(t *testing.T) {
	g := gaz(t)
	cases := []struct {
		code, name, parent string
		level              Level
	}{
		{"410000", "河南省", "", Province},
		{"410800", "焦作市", "410000", Prefecture},
		{"410804", "马村区", "410800", County},
		{"410871", "焦作城乡一体化示范区", "410800", County},
		{"410871101", "宁郭镇", "410871", Town},
		{"410871100", "阳庙镇", "410871", Town},
		{"810000", "香港特别行政区", "", Province},
		{"820000", "澳门特别行政区", "", Province},
		{"710000", "台湾省", "", Province},
		{"110105", "朝阳区", "110000", County},     // 市辖区 dropped: under the municipality
		{"429004", "仙桃市", "420000", County},     // 省直辖县级行政区划 dropped
		{"441900", "东莞市", "440000", Prefecture}, // its county row folded in
		{"441900003", "东城街道", "441900", Town},
		{"511800", "雅安市", "510000", Prefecture},
	}
	for _, c := range cases {
		p, ok := g.Place(c.code)
		if !ok || p.Name != c.name || p.Parent != c.parent || p.Level != c.level {
			t.Errorf("Place(%s) = %+v, %v; want %s under %q at %v", c.code, p, ok, c.name, c.parent, c.level)
		}
	}
	if _, ok := g.Place("999999"); ok {
		t.Error("Place(999999) found")
	}
}

func TestChainAndChildren(t *testing.T) {
	g := gaz(t)
	if got := joinNames(g.Chain("410804")); got != "河南省 › 焦作市 › 马村区" {
		t.Errorf("Chain(410804) = %s", got)
	}
	if got := joinNames(g.Chain("410871101")); got != "河南省 › 焦作市 › 焦作城乡一体化示范区 › 宁郭镇" {
		t.Errorf("Chain(410871101) = %s", got)
	}
	if got := g.Chain("nope"); got != nil {
		t.Errorf("Chain(nope) = %v", got)
	}
	kids := joinNames(g.Children("410871"))
	for _, town := range []string{"宁郭镇", "阳庙镇"} {
		if !strings.Contains(kids, town) {
			t.Errorf("Children(410871) = %s, lacks %s", kids, town)
		}
	}
}

func joinNames(ps []Place) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Name)
	}
	return strings.Join(s, " › ")
}

func codes(ps []Place) []string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Code)
	}
	return s
}

func TestLookup(t *testing.T) {
	g := gaz(t)
	cases := []struct {
		name string
		want []string
	}{
		{"宿松", []string{"340826"}},
		{"宿松县", []string{"340826"}},
		{"黔东南州", []string{"522600"}},
		{"黔东南", []string{"522600"}},
		{"峨边", []string{"511132"}},
		{"浙江", []string{"330000"}},
		{"上海", []string{"310000"}},
		{"广西", []string{"450000"}},
		{"内蒙古", []string{"150000"}},
		{"新疆", []string{"650000"}},
		{"宁夏", []string{"640000"}},
		{"西藏", []string{"540000"}},
		{"香港", []string{"810000"}},
		{"平顶山", []string{"410400"}},
		{"延边州", []string{"222400"}},
		{"马村", []string{"410804"}},
		{"马村区", []string{"410804"}},
		{"朝阳区", []string{"110105", "220104"}},
		{"焦作城乡一体化示范区", []string{"410871"}},
		// Found by Lookup though Find does not read it alone.
		{"城区", []string{"140302", "140502", "441502", "140721400", "140722400", "140723400", "140724400", "140727404"}},
		{"火星", nil},
	}
	for _, c := range cases {
		if got := codes(g.Lookup(c.name)); !slices.Equal(got, c.want) {
			t.Errorf("Lookup(%s) = %v, want %v", c.name, got, c.want)
		}
	}
	if n := len(g.Lookup("城关镇")); n < 50 {
		t.Errorf("Lookup(城关镇) = %d places, want dozens", n)
	}
}
