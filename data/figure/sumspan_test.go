package figure

import (
	"strings"
	"testing"
)

// TestSumSpanInName: a five-year total is named by its indicator, not by the
// amount before it (盐田, n02: 2011年社会消费品零售总额达41.6亿元,全社会固定
// 资产投资五年累计完成406.5亿元).
func TestSumSpanInName(t *testing.T) {
	const yantian = "2011年社会消费品零售总额达41.6亿元,全社会固定资产投资五年累计完成406.5亿元,2实际利用外资五年累计5.8亿美元,均较大幅度超出预期目标。"
	figs := Extract(testArticle(yantian, "", 0))
	for _, c := range []struct{ text, want string }{
		{"41.6亿元", "社会消费品零售总额"},
		{"406.5亿元", "全社会固定资产投资五年"},
		{"5.8亿美元", "实际利用外资五年"},
	} {
		if got := nameOfText(figs, c.text); !strings.HasPrefix(got, c.want) {
			t.Errorf("%s named %q, want %q…", c.text, got, c.want)
		}
	}
}
