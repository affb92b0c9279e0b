package figure

import "testing"

// TestSuffixIndex: trimSuffixes with an indexed list answers as the plain
// loop over the list does, on clauses of real reports cut at every rune.
func TestSuffixIndex(t *testing.T) {
	plain := func(s string, words []string) (string, string) {
		for _, w := range words {
			if len(s) > len(w) && s[len(s)-len(w):] == w || s == w {
				return s[:len(s)-len(w)], w
			}
		}
		return s, ""
	}
	clauses := []string{
		"全年地区生产总值比上年增长", "规模以上工业增加值同比增长", "城镇居民人均可支配收入达到",
		"粮食总产量稳定在", "社会消费品零售总额增长到", "贫困发生率降低到", "一般公共预算收入完成了",
		"其中", "达", "", "增长",
	}
	for _, words := range [][]string{linkVerbs, growthVerbs} {
		if suffixIndexOf(words) == nil {
			t.Fatal("list not indexed")
		}
		for _, c := range clauses {
			for i := 0; i <= len(c); i++ {
				s := c[:i]
				gt, gw := trimSuffixes(s, words)
				wt, ww := plain(s, words)
				if gt != wt || gw != ww {
					t.Errorf("trimSuffixes(%q) = %q, %q; want %q, %q", s, gt, gw, wt, ww)
				}
			}
		}
	}
}
