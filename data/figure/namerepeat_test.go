package figure

import "testing"

// TestCollapseRepeat: a word doubled where a verb was dropped is written
// once (常州 o08); names without a doubled word stay.
func TestCollapseRepeat(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"规模以上工业工业增加值", "规模以上工业增加值"},
		{"规模以上工业增加值", "规模以上工业增加值"},
		{"人均可支配收入", "人均可支配收入"},
	} {
		if got := collapseRepeat(c.in); got != c.want {
			t.Errorf("collapseRepeat(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	const changzhou = "据省统计局最新反馈数据显示,1-5月,我市规模以上工业实现工业增加值1038.5亿元,按可比价计算增长8.5%,增幅列全省第10位。"
	if got := nameOfText(Extract(testArticle(changzhou, "", 0)), "1038.5亿元"); got != "规模以上工业增加值" {
		t.Errorf("1038.5亿元 named %q, want 规模以上工业增加值", got)
	}
}
