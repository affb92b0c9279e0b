package gazetteer

import "testing"

// Leagues that became cities keep their old shorts in their regions' texts:
// 巴盟包括七个旗县…临河区是巴盟的行政中心 names 巴彦淖尔市.
func TestFormerLeagueShorts(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"巴盟包括七个旗县,临河区是巴盟的行政中心。", "巴盟=150800 临河区=150802 巴盟=150800"},
		{"伊盟、乌盟、呼盟、哲盟、昭盟农牧民人均纯收入均有增长。", "伊盟=150600 乌盟=150900 呼盟=150700 哲盟=150500 昭盟=150400"},
		{"对欧盟国家出口增长3.2%。", ""},
	} {
		if got := show(g.Resolve(g.Find(c.text))); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
