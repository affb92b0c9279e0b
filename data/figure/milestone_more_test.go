package figure

import (
	"strings"
	"testing"
)

// TestStreaksAndRoundSteps: milestones written as a numeral and a
// magnitude (两百亿元、三百亿元台阶), crossed by a streak (均超过千万人次) or
// restated by the exact figure after a date (三次跨越千万标箱,2011年达1030
// 万标箱) are no figures, nor the crossings counted (三次); the figure after
// the milestones takes their subject (盐田, n02).
func TestStreaksAndRoundSteps(t *testing.T) {
	const yantian = "(一)五年来,经济实力实现跨越性提升。本区生产总值先后跨越两百亿元、三百亿元台阶,预计2011年达到316亿元,比2006年增长85.7%;" +
		"盐田港区集装箱年吞吐量三次跨越千万标箱,2011年达1030万标箱,港口物流业增加值占GDP比重达29%。" +
		"自2007年起旅游景点年接待游客量均超过千万人次,2011年旅游业总收入达58亿元。"
	cases := []struct {
		text    string
		not     []string
		figures []string
	}{
		{yantian, []string{"两百亿元", "三百亿元", "三次", "千万标箱", "千万人次"}, []string{"316亿元", "85.7%", "1030万标箱", "58亿元"}},
		{"在2007年粮食总产量达到692.6亿斤的基础上，连续越过800、900、1000、1100亿斤四个台阶。", []string{"四个"}, []string{"692.6亿斤"}},
	}
	for _, c := range cases {
		got := map[string]string{}
		for _, f := range Extract(testArticle(c.text, "", 0)) {
			got[strings.TrimSpace(f.Text)] = f.Name
		}
		for _, n := range c.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q is a figure, want none", n)
			}
		}
		for _, w := range c.figures {
			if _, ok := got[w]; !ok {
				t.Errorf("%q is not a figure, want one", w)
			}
		}
	}
	if n := nameOfText(yantianFigures(yantian), "316亿元"); !strings.Contains(n, "生产总值") {
		t.Errorf("316亿元 named %q, want the 生产总值 the milestones were of", n)
	}
	if n := nameOfText(yantianFigures(yantian), "1030万标箱"); strings.Contains(n, "次") || !strings.Contains(n, "集装箱年吞吐量") {
		t.Errorf("1030万标箱 named %q, want the throughput without its crossings", n)
	}
}

func yantianFigures(text string) []Figure { return Extract(testArticle(text, "", 0)) }

func nameOfText(figs []Figure, text string) string {
	for _, f := range figs {
		if strings.TrimSpace(f.Text) == text {
			return f.Name
		}
	}
	return ""
}
