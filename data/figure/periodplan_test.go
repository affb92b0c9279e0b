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
