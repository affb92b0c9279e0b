package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// The level between 上年同期 and its change is the year before's; a
// difference after 去年同期 is the figure's own year's.
func TestLastYearLevelWithoutDe(t *testing.T) {
	text := "2023年1-5月全县经济运行情况\n1-5月,全县总支出完成223326万元,比上年同期196978万元增长13.38%,其中一般预算支出完成167731万元,比上年同期169412万元下降0.99%。8月末,全市金融机构各项存款余额为281.8亿元,同比增长15.4%,高于去年同期0.9个百分点。\n"
	want := map[string]int{"223326万元": 2023, "196978万元": 2022, "13.38%": 2023, "169412万元": 2022, "0.99%": 2023, "0.9个百分点": 2023}
	for _, f := range Extract(corpus.Parse("t.txt", []byte(text))) {
		w, ok := want[f.Text]
		if !ok || f.Derived {
			continue
		}
		if got := yearOf(f); got != w {
			t.Errorf("%s: year %d, want %d", f.Text, got, w)
		}
	}
}

// yearOf is a figure's year, 0 when it has none.
func yearOf(f Figure) int {
	if f.Year == nil {
		return 0
	}
	return *f.Year
}
