package figure

import "testing"

func TestHanAtLeast(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want bool
	}{
		{"、综  合", 2, true},
		{"、1 2", 2, false},
		{"八、教育", 3, true},
		{"八、教育", 4, false},
		{"", 0, true},
	} {
		if got := hanAtLeast(c.s, c.n); got != c.want {
			t.Errorf("hanAtLeast(%q, %d) = %v, want %v", c.s, c.n, got, c.want)
		}
	}
}
