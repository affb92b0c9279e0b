package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A text opening with a quote before its year ("2022年,…, as a quoted
// sentence or a CSV cell holds it) split its first sentence inside the
// year, and the year search sliced past its window's end: Extract
// panicked.
func TestYearRunningPastItsWindow(t *testing.T) {
	text := "\"2022年,全县地区生产总值69.08亿元,同比增长4.5%,增幅排名全省第一名;地方一般公共预算收入4.14亿元,同比增长14.7%,增幅排名全省第三名;固定资产投资37.43亿元,同比增长17.6%,增幅全省排名第四名;社会消费品零售总额16.2亿元,同比下降7%,高于全省平均水平2.2个百分点;城镇和农村常住居民人均可支配收入分别为36677元"
	figs := Extract(corpus.Parse("t.txt", []byte(text)))
	for _, f := range figs {
		if f.Text == "69.08亿元" && yearOf(f) != 2022 {
			t.Errorf("69.08亿元: year %d, want 2022", yearOf(f))
		}
	}
	if len(figs) == 0 {
		t.Error("no figures")
	}
}
