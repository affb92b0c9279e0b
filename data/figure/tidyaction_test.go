package figure

import "testing"

// The second of two joined actions names the figure; a name without 并
// passes through untouched.
func TestDropFirstAction(t *testing.T) {
	for in, want := range map[string]string{
		"中小微企业并获低息贷款": "获低息贷款",
		"完成投资并实现营业收入": "实现营业收入",
		"并获":          "并获", // nothing before it: kept
		"规模以上工业增加值":   "规模以上工业增加值",
	} {
		if got := dropFirstAction(in); got != want {
			t.Errorf("dropFirstAction(%q) = %q, want %q", in, got, want)
		}
	}
}
