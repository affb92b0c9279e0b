package gazetteer

import (
	"strings"
	"testing"
)

// resolveCase: in text, the first mention written name resolves to the
// codes want (joined by commas).
type resolveCase struct{ text, name, want string }

// checkResolves fails for each case whose first mention of its name does
// not resolve to the codes it wants.
func checkResolves(t *testing.T, g *Gazetteer, cases []resolveCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, m := range g.Resolve(g.Find(c.text)) {
			if m.Text == c.name {
				got = append(got, strings.Join(m.Codes, ","))
			}
		}
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%s in %q: got %q, want %s", c.name, c.text, got, c.want)
		}
	}
}

// unreadCase: name, inside ordinary words of text, is no mention.
type unreadCase struct{ text, name string }

// checkUnread fails for each case whose name is found as a place.
func checkUnread(t *testing.T, g *Gazetteer, cases []unreadCase) {
	t.Helper()
	for _, c := range cases {
		for _, m := range g.Find(c.text) {
			if m.Text == c.name {
				t.Errorf("%s read in %q: %+v", c.name, c.text, m)
			}
		}
	}
}
