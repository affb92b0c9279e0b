package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/quantity"
)

func TestPercentKinds(t *testing.T) {
	for _, c := range []struct {
		line string
		want []Kind
	}{
		{"地区生产总值增长5.0%", []Kind{Growth}},
		{"普惠性幼儿园占比92.3%", []Kind{Share}},
		{"接待游客数、旅游综合收入分别增长9.6%、6.9%和7%", []Kind{Growth, Growth, Growth}},
		{"规上工业增加值增长5.0%，占全市比重6%", []Kind{Growth, Share}},
		{"完成年度投资计划的98%。社会消费品零售总额下降2%", []Kind{Share, Growth}},
		{"一般公共预算收入增长了百分之五", []Kind{Growth}},
		{"主导产业投资增速342.16%", []Kind{Growth}},
		{"新签约项目33个，总投资128亿元", []Kind{"", ""}},
		{"电子元件、工业机器人和光伏电池产量增速分别为2.1倍、48.6%和22.4%", []Kind{"", Growth, Growth}},
	} {
		qs := quantity.Find(c.line)
		got := PercentKinds(c.line, qs)
		if len(got) != len(c.want) {
			t.Errorf("%s: %d kinds %v, want %v", c.line, len(got), got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: %s is %q, want %q", c.line, qs[i].Text, got[i], c.want[i])
			}
		}
	}
}

// TestPercentKindsAgreeWithExtract: over the embedded articles and the
// development set, every percentage Extract reports has the kind
// PercentKinds (what `zhibiao quantities` says) gives it.
func TestPercentKindsAgreeWithExtract(t *testing.T) {
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range loadDevset(t) {
		arts = append(arts, corpus.Parse(d.stem, d.raw))
	}
	checked := 0
	for _, a := range arts {
		s := a.Text()
		qs := quantity.Find(s)
		kinds := PercentKinds(s, qs)
		at := map[[2]int]Kind{}
		for i, q := range qs {
			if q.Kind == quantity.Percent {
				at[[2]int{q.Start, q.End}] = kinds[i]
			}
		}
		for _, f := range Extract(a) {
			k, ok := at[[2]int{f.Start, f.End}]
			if f.Derived || !ok {
				continue
			}
			checked++
			if k != f.Kind {
				t.Errorf("%s: %s at %d: extract says %s, quantities %s", a.ID, f.Text, f.Start, f.Kind, k)
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d percentages compared", checked)
	}
	t.Logf("%d percentages agree", checked)
}

// TestExtractRateKinds: Extract gives these percentages the kinds
// PercentKinds gives them — a rate named after the number though the figure
// is named by what it repeats, and a list of rates going on from a multiple.
func TestExtractRateKinds(t *testing.T) {
	for _, c := range []struct{ text, num string }{
		{"上半年全县地区生产总值增长6.8%。专家认为，6.8%的增幅较一季度提高了0.4个百分点。", "6.8%"},
		{"电子元件、工业机器人和光伏电池产量增速分别为2.1倍、48.6%和22.4%。", "22.4%"},
	} {
		a := corpus.Parse("t", []byte(c.text))
		found := false
		for _, f := range Extract(a) {
			if f.Start == strings.LastIndex(c.text, c.num) {
				found = true
				if f.Kind != Growth {
					t.Errorf("%s: %s is %s (%s), want growth", c.text, f.Text, f.Kind, f.Name)
				}
			}
		}
		if !found {
			t.Errorf("%s: %s not extracted", c.text, c.num)
		}
	}
}
