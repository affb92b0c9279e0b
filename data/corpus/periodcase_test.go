package corpus

import "testing"

// periodCase is a sentence and the code of the first period Periods reads
// in it ("" for none).
type periodCase struct{ s, want string }

func checkFirstPeriods(t *testing.T, cases []periodCase) {
	t.Helper()
	for _, c := range cases {
		got := ""
		if ps := Periods(c.s); len(ps) > 0 {
			got = ps[0].Code
		}
		if got != c.want {
			t.Errorf("Periods(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
