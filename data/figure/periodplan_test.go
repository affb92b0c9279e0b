package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// The value of a whole year's plan, written beside the months' figures,
// is the year's (j04).
func TestYearPlanValue(t *testing.T) {
	cases := []struct {
		before string
		want   bool
	}{
		{"1-5月,全县大口径财政收入完成21282万元,占年预算", true},
		{"1-5月,一般预算财政收入完成12655万元,占年预算30820万元的", false}, // the share: the months'
		{"1-5月,全县大口径财政收入完成", false},
	}
	for _, c := range cases {
		if got := yearPlanValue(c.before); got != c.want {
			t.Errorf("yearPlanValue(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}

// 累计 names the sum from January for its own clause group only; after a
// semicolon the month written before it holds again (j04).
func TestSumHoldsForItsClause(t *testing.T) {
	text := "1-5月,全县一般预算支出完成167731万元。\n5月份,发放农村低保13070户、46225人,累计发放农村低保金5055.4453万元;发放城市低保1273户、3381人,累计发放城市低保金金725.1812万元。\n"
	figs := Extract(corpus.Parse("t.txt", []byte(text)))
	want := map[string]string{"13070户": "M5", "5055.4453万元": "M1-M5", "1273户": "M5", "725.1812万元": "M1-M5"}
	for _, f := range figs {
		if w, ok := want[f.Text]; ok {
			if f.Period != w {
				t.Errorf("%s: period %q, want %q", f.Text, f.Period, w)
			}
			delete(want, f.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", strings.Join(keys(want), " "))
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// 当月 in a paragraph of no period is the last month of the article's (h04).
func TestMonthOfArticle(t *testing.T) {
	cases := []struct{ w, article, want string }{
		{"当月", "Q1", "M3"},
		{"当月", "M1-M8", "M8"},
		{"当月", "", ""},
		{"当季", "H1", ""},
	}
	for _, c := range cases {
		if got := monthOfArticle(c.w, c.article); got != c.want {
			t.Errorf("monthOfArticle(%q, %q) = %q, want %q", c.w, c.article, got, c.want)
		}
	}
}

// A bare 当月 in a release of a quarter is the quarter's last month for its
// own sentence; the next sentence is the quarter's again (h04).
func TestBareMonthHoldsForItsSentence(t *testing.T) {
	text := "今年以来,全县经济运行稳中有进。一季度全县地区生产总值增势良好。\n(一)全县规模以上工业增加值同比增长7.5%,较去年同期回落0.9个百分点;其中,当月规模以上工业增加值同比增长9.9%。分三大门类看:采矿业增加值增长67.9%;制造业增长2.8%。\n"
	want := map[string]string{"7.5%": "Q1", "9.9%": "M3", "67.9%": "Q1", "2.8%": "Q1"}
	for _, f := range Extract(corpus.Parse("t.txt", []byte(text))) {
		if w, ok := want[f.Text]; ok {
			if f.Period != w {
				t.Errorf("%s: period %q, want %q", f.Text, f.Period, w)
			}
			delete(want, f.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", strings.Join(keys(want), " "))
	}
}
