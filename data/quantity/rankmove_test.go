package quantity

import "testing"

// A named rank a ranking moves from (第60名上升至) is a rank, as the rank it
// moves to is (k07, 肇源县; a12, 闽清县).
func TestRankMovedFrom(t *testing.T) {
	cases := []struct {
		text, fig string
		kind      Kind
	}{
		{"全省县域综合排名由2016年的第60名上升至2019年的第35名。", "第60名", Rank},
		{"全省县域综合排名由2016年的第60名上升至2019年的第35名。", "第35名", Rank},
		{"位次由第一位下降到第六位。", "第一位", Rank},
	}
	for _, c := range cases {
		found := false
		for _, q := range Find(c.text) {
			if q.Text == c.fig {
				found = true
				if q.Kind != c.kind {
					t.Errorf("%s in %q: kind %s, want %s", c.fig, c.text, q.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("%s not found in %q", c.fig, c.text)
		}
	}
}
