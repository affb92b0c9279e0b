package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// regionCase is a passage and, for figures written in it, the region each
// must get: figure texts are matched in order, each after the last.
type regionCase struct {
	name, text string
	want       [][2]string // figure text, region
}

func checkRegions(t *testing.T, cases []regionCase) {
	t.Helper()
	for _, c := range cases {
		a := corpus.Parse("x.txt", []byte(c.text))
		figs := Extract(a)
		from := 0
		for _, w := range c.want {
			k := strings.Index(c.text[from:], w[0])
			if k < 0 {
				t.Fatalf("%s: %q not in the text after %d", c.name, w[0], from)
			}
			at := from + k
			from = at + len(w[0])
			got, found := "", false
			for _, f := range figs {
				if !f.Derived && f.Start == at {
					got, found = f.Region, true
				}
			}
			if !found {
				t.Errorf("%s: no figure %q at %d", c.name, w[0], at)
				continue
			}
			if got != w[1] {
				t.Errorf("%s: %s region %q, want %q", c.name, w[0], got, w[1])
			}
		}
	}
}
