package quantity

import "testing"

// A rank a place moved from, written before the verb of the move, is a
// rank (c11, c18); an ordinal before another verb is still none.
func TestRankMovedFrom(t *testing.T) {
	cases := []struct {
		in, text string
		kind     Kind
	}{
		{"全省县域综合排名由2016年的\n第60名上升至2019年的第35名。", "第60名", Rank},
		{"全省县域综合排名由2016年的\n第60名上升至2019年的第35名。", "第35名", Rank},
		{"我县由二季度的第12位上升到第6位,是对标地区中上升幅度最大的县。", "第12位", Rank},
		{"我县由二季度的第12位上升到第6位,是对标地区中上升幅度最大的县。", "第6位", Rank},
		{"位次由第一位下降到第六位。", "第一位", Rank},
		{"第五届运动会在县城举行。", "第五", Ordinal},
	}
	for _, c := range cases {
		found := false
		for _, q := range Find(c.in) {
			if q.Text == c.text {
				found = true
				if q.Kind != c.kind {
					t.Errorf("%q: %s is %s, want %s", c.in, c.text, q.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s", c.in, c.text)
		}
	}
}
