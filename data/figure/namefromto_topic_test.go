package figure

import "testing"

// TestFromToTopic: a move that opens its clause (从2006年的8.8亿元增至2011年
// 的20.2亿元) is of the subject of the clause before, up to its verb (盐田,
// n02).
func TestFromToTopic(t *testing.T) {
	const yantian = "五年来,经济实力实现跨越性提升。辖区税收收入总额连续跨越三个“十亿元”台阶,从2006年的19.8亿元增至2011年的48.6亿元;财政一般预算收入实现翻倍增长,从2006年的8.8亿元增至2011年的20.2亿元;2011年社会消费品零售总额达41.6亿元。\n"
	figs := Extract(testArticle(yantian, "", 0))
	for _, c := range []struct{ text, want string }{
		{"19.8亿元", "税收收入总额"},
		{"48.6亿元", "税收收入总额"},
		{"8.8亿元", "财政一般预算收入"},
		{"20.2亿元", "财政一般预算收入"},
		{"41.6亿元", "社会消费品零售总额"},
	} {
		if got := nameOfText(figs, c.text); got != c.want {
			t.Errorf("%s named %q, want %q", c.text, got, c.want)
		}
	}
}
