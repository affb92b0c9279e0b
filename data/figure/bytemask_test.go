package figure

import "testing"

// TestByteMaskNeverTurnsAwayAWord: a word the text holds always passes
// mayHold, so hasVerb answers as containsAny over verbEnds did, on names
// and clauses of real reports.
func TestByteMaskNeverTurnsAwayAWord(t *testing.T) {
	texts := []string{
		"城镇失业人员实现再就业6027人",
		"全年新建改扩建农村公路120公里",
		"规模以上工业增加值",
		"引进省外资金项目",
		"完成固定资产投资",
		"全县累计培训农村劳动力",
		"新设立市场主体",
		"GDP",
		"",
	}
	for _, s := range texts {
		m := lastBytesIn(s)
		for _, v := range verbEnds {
			if index(s, v) >= 0 && !m.mayHold(v) {
				t.Errorf("mayHold(%q) is false in %q", v, s)
			}
		}
		if got, want := hasVerb(s), containsAny(s, verbEnds); got != want {
			t.Errorf("hasVerb(%q) = %v, want %v", s, got, want)
		}
	}
	if got := fromVerb("城镇失业人员实现再就业", true); got != "城镇失业人员再就业" {
		t.Errorf("fromVerb = %q", got)
	}
}
