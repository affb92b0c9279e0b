package figure

import "testing"

// A sector's share written short is its value added's share of the GDP.
func TestCanonicalSectorShare(t *testing.T) {
	want := CanonicalName("第一产业增加值占地区生产总值比重")
	for _, n := range []string{"第一产业增加值占比", "第一产业增加值占生产总值比重", "一产占比", "第一产业比重", "第一产业增加值占GDP比重"} {
		if got := CanonicalName(n); got != want {
			t.Errorf("CanonicalName(%s) = %q, want %q", n, got, want)
		}
	}
	if CanonicalName("第一产业投资占比") == want {
		t.Errorf("第一产业投资占比 is the investment's share, not the GDP's")
	}
}
