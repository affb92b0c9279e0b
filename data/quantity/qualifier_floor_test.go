package quantity

import "testing"

// A plan's floor or ceiling before a number (不少于75个, 不超过3%) is its
// qualifier, as 至少 is: what is counted or measured is written around it.
func TestFloorQualifier(t *testing.T) {
	for _, c := range []struct{ sentence, text, want string }{
		{"新增改造城镇老旧小区不少于75个。", "75个", "不少于"},
		{"城镇调查失业率控制在不超过5.5%。", "5.5%", "不超过"},
		{"粮食播种面积不低于80万亩。", "80万亩", "不低于"},
	} {
		var got string
		for _, q := range Find(c.sentence) {
			if c.sentence[q.NumStart:q.End] == c.text {
				got = q.Qualifier
			}
		}
		if got != c.want {
			t.Errorf("%s: qualifier of %s = %q, want %q", c.sentence, c.text, got, c.want)
		}
	}
}
