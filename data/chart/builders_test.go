package chart

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

func labels(c Chart) []string {
	var out []string
	for _, b := range c.Bars {
		out = append(out, b.Label+"="+b.ValueLabel)
	}
	return out
}

// Every bar points at its figure's span in the article's bytes.
func checkRefs(t *testing.T, c Chart, arts ...*corpus.Article) {
	t.Helper()
	for _, b := range c.Bars {
		var a *corpus.Article
		for _, x := range arts {
			if x.ID == b.Ref.Doc {
				a = x
			}
		}
		if a == nil || b.Ref.Start < 0 || b.Ref.End > len(a.Raw) || b.Ref.Start >= b.Ref.End {
			t.Errorf("bar %q: bad ref %+v", b.Label, b.Ref)
		}
	}
}

func TestForArticleGrowth(t *testing.T) {
	a, figs := figures000(t)
	c, err := ForArticle(a, figs, "")
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != HBar || c.Unit != "%" {
		t.Errorf("kind %v unit %q", c.Kind, c.Unit)
	}
	// The chart mixes 2024 and a derived 2023: every bar says its year,
	// and the title claims none.
	want := []string{"工业投资 2024年=67.9%", "固定资产投资 2024年=9.6%", "规上工业增加值 2024年=7.5%", "第二产业增加值 2024年=5.4%",
		"地区生产总值 2024年=5.0%", "第三产业增加值 2024年=4.4%", "地区生产总值 2023年=3.8%", "第一产业增加值 2024年=2.5%"}
	if got := labels(c); !slices.Equal(got, want) {
		t.Errorf("bars\n got %q\nwant %q", got, want)
	}
	if !c.Bars[6].Derived {
		t.Error("the 2023 growth is derived and must say so")
	}
	if c.Title != "马村区 增速" || !strings.Contains(c.Subtitle, "单位：%") {
		t.Errorf("title %q subtitle %q", c.Title, c.Subtitle)
	}
	if !strings.Contains(c.Source, "焦作日报 2025-04-28") || !strings.Contains(c.Source, a.ID) {
		t.Errorf("source %q", c.Source)
	}
	checkRefs(t, c, a)
	if b := c.Bars[0]; string(a.Raw[b.Ref.Start:b.Ref.End]) != "67.9%" {
		t.Errorf("first bar refers to %q", a.Raw[b.Ref.Start:b.Ref.End])
	}
}

func TestForArticleAmountsInYi(t *testing.T) {
	a, figs := figures000(t)
	c, err := ForArticle(a, figs, figure.Level)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"重点项目完成投资=121.7亿元", "一般公共预算收入=8.6亿元", "争取资金=3.78亿元", "争取国债资金=0.745亿元"}
	if got := labels(c); !slices.Equal(got, want) {
		t.Errorf("bars\n got %q\nwant %q", got, want)
	}
	if c.Unit != "亿元" || !strings.Contains(c.Subtitle, "折算") || c.Title != "马村区 2024年 金额" {
		t.Errorf("unit %q subtitle %q title %q", c.Unit, c.Subtitle, c.Title)
	}
	if !strings.Contains(c.Note, "另有2项人均、亩均等金额不与总量同画") {
		t.Errorf("note %q should say the per-mu amounts are left out", c.Note)
	}
	checkRefs(t, c, a)

	// Per-unit amounts alone are charted, in 万元.
	var per []figure.Figure
	for _, f := range figs {
		if strings.HasPrefix(f.Name, "亩均") {
			per = append(per, f)
		}
	}
	c, err = ForArticle(a, per, figure.Level)
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"亩均增加值=58.29万元", "亩均税收=10.35万元"}
	if got := labels(c); !slices.Equal(got, want) || c.Unit != "万元" || !strings.Contains(c.Title, "人均、亩均金额") {
		t.Errorf("per-mu chart %q %q %q, want %q", c.Title, c.Unit, got, want)
	}
}

func TestForArticleRanks(t *testing.T) {
	a, figs := figures000(t)
	c, err := ForArticle(a, figs, figure.Rank)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"一般公共预算收入增速=全市第一", "规上工业增加值=城区第二"}
	if got := labels(c); !slices.Equal(got, want) || c.Kind != Dots {
		t.Errorf("kind %v bars %q, want Dots %q", c.Kind, got, want)
	}
}

func TestForArticleNothing(t *testing.T) {
	a, figs := figures000(t)
	if _, err := ForArticle(a, figs, figure.Multiple); !errors.Is(err, ErrNoFigures) {
		t.Errorf("err = %v", err)
	}
	if _, err := ForArticle(a, nil, ""); !errors.Is(err, ErrNoFigures) {
		t.Errorf("err = %v", err)
	}
	// Figures without a name are not bars, and the note counts them.
	unnamed := figs[0]
	unnamed.Name = ""
	c, err := ForArticle(a, append(figs, unnamed), figure.Growth)
	if err != nil || len(c.Bars) != 8 || !strings.Contains(c.Note, "另有1项未能确定指标名称") {
		t.Errorf("with an unnamed figure: %d bars, note %q, err %v", len(c.Bars), c.Note, err)
	}
	if _, err := ForArticle(a, []figure.Figure{unnamed}, figure.Growth); !errors.Is(err, ErrNoFigures) || !strings.Contains(err.Error(), "named") {
		t.Errorf("only unnamed: err = %v", err)
	}
}

func TestKinds(t *testing.T) {
	_, figs := figures000(t)
	want := []figure.Kind{figure.Growth, figure.Level, figure.Share, figure.Rank, figure.PPChange}
	if got := Kinds(figs); !slices.Equal(got, want) {
		t.Errorf("Kinds = %v, want %v", got, want)
	}
}

// corpusDocs is seed 000 with its figures, seed 003 with 焦作市's GDP
// growth, and a made-up 2023 review that writes 规模以上 in full.
func corpusDocs(t *testing.T) []Doc {
	a0, f0 := figures000(t)
	a3 := seed(t, "003")
	f3 := []figure.Figure{at(t, a3, "地区生产总值增长", "5.4%", figure.Figure{Value: 5.4, Unit: "%", NormValue: 5.4, NormUnit: "%", Kind: figure.Growth, Name: "地区生产总值", Region: "焦作市", Year: year(2024)})}
	raw := "2023年，马村区规模以上工业增加值增长6.3%，地区生产总值增长3.8%，地区生产总值增长3.8%。"
	ax := corpus.Parse("review_2023.txt", []byte(raw))
	ax.Region, ax.Year = "马村区", 2023
	fx := []figure.Figure{
		at(t, ax, "", "6.3%", figure.Figure{Value: 6.3, Unit: "%", NormValue: 6.3, NormUnit: "%", Kind: figure.Growth, Name: "规模以上工业增加值", Region: "马村区"}),
		at(t, ax, "", "3.8%", figure.Figure{Value: 3.8, Unit: "%", NormValue: 3.8, NormUnit: "%", Kind: figure.Growth, Name: "地区生产总值", Region: "马村区"}),
		at(t, ax, "3.8%", "3.8%", figure.Figure{Value: 3.8, Unit: "%", NormValue: 3.8, NormUnit: "%", Kind: figure.Growth, Name: "地区生产总值", Region: "马村区"}),
	}
	fx[2].Start += len("3.8%，地区生产总值增长")
	fx[2].End += len("3.8%，地区生产总值增长")
	return []Doc{{a0, f0}, {a3, f3}, {ax, fx}}
}

func TestForIndicatorAcrossCorpus(t *testing.T) {
	docs := corpusDocs(t)
	c, err := ForIndicator("地区生产总值", "", docs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range c.Bars {
		got = append(got, b.Group+" "+b.Label+" "+b.Tag+"="+b.ValueLabel)
	}
	// 马村区 2023 is derived in 000 and written in the review, the same
	// 3.8%: one bar, tagged with both (it was drawn twice); the review's
	// second mention of the same figure is no bar either.
	want := []string{"马村区 2023年 000、review=3.8%", "马村区 2024年 000=5.0%", "焦作市 2024年 003=5.4%"}
	if !slices.Equal(got, want) {
		t.Errorf("bars\n got %q\nwant %q", got, want)
	}
	if c.Note != "" {
		t.Errorf("note %q: the repeated mention has the same value", c.Note)
	}
	if c.Kind != VBar || c.Title != "地区生产总值 增速" {
		t.Errorf("kind %v title %q", c.Kind, c.Title)
	}
	for _, id := range []string{"000 焦作日报 2025-04-28", "003 2025-02-19", "review"} {
		if !strings.Contains(c.Source, id) {
			t.Errorf("source %q lacks %q", c.Source, id)
		}
	}
	checkRefs(t, c, docs[0].Article, docs[1].Article, docs[2].Article)
}

func TestForIndicatorGroupsNames(t *testing.T) {
	docs := corpusDocs(t)
	for _, name := range []string{"规上工业增加值", "规模以上工业增加值"} {
		c, err := ForIndicator(name, figure.Growth, docs)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Bars) != 2 || !strings.Contains(c.Subtitle, "含") {
			t.Errorf("%s: %d bars (%q), subtitle %q", name, len(c.Bars), labels(c), c.Subtitle)
		}
	}
	ind := Indicators(docs)
	var found *Indicator
	for i := range ind {
		if ind[i].Name == "规上工业增加值" || ind[i].Name == "规模以上工业增加值" {
			if found != nil {
				t.Errorf("the two names are listed apart: %+v and %+v", *found, ind[i])
			}
			found = &ind[i]
		}
	}
	if found == nil || len(found.Aliases) != 1 || found.Docs != 2 {
		t.Errorf("grouped indicator %+v", found)
	}
	if ind[0].Name != "地区生产总值" {
		t.Errorf("first indicator %q, want the one in most documents", ind[0].Name)
	}
}

func TestForIndicatorUnknown(t *testing.T) {
	if _, err := ForIndicator("不存在的指标", "", corpusDocs(t)); !errors.Is(err, ErrNoFigures) {
		t.Errorf("err = %v", err)
	}
}

func TestShortID(t *testing.T) {
	for in, want := range map[string]string{
		"000_3d56ce9018f8a19f.txt": "000",
		"report.txt":               "report",
		"一篇很长很长很长很长很长的文章名称": "一篇很长很长很长很长很…",
	} {
		if got := shortID(in); got != want {
			t.Errorf("shortID(%q) = %q, want %q", in, got, want)
		}
	}
}

// A fall is a negative bar, whether or not the extractor signed it.
func TestDeclineIsNegative(t *testing.T) {
	raw := "2024年，示范区社会消费品零售总额同比下降 3.2%，工业投资减少了1.5%，税收增长4.0%。"
	a := corpus.Parse("fall.txt", []byte(raw))
	a.Region = "示范区"
	g := func(after, text, name string, v float64) figure.Figure {
		return at(t, a, after, text, figure.Figure{Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: figure.Growth, Name: name, Region: "示范区", Year: year(2024)})
	}
	signedAlready := g("减少了", "1.5%", "工业投资", -1.5)
	figs := []figure.Figure{g("下降", "3.2%", "社会消费品零售总额", 3.2), signedAlready, g("税收增长", "4.0%", "税收", 4.0)}
	c, err := ForArticle(a, figs, figure.Growth)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"税收=4.0%", "工业投资=-1.5%", "社会消费品零售总额=-3.2%"}
	if got := labels(c); !slices.Equal(got, want) {
		t.Errorf("bars %q, want %q", got, want)
	}
}

func TestAxis(t *testing.T) {
	for _, tc := range []struct {
		lo, hi   float64
		from, to float64
	}{
		{0, 9.6, 0, 10},
		{-2.5, 352, -2.5, 352},
		{-6.5, 15.5, -6.5, 15.5}, // step 5: neither end within half a step
		{-4.6, 9.7, -4.6, 10},    // step 2: -6 is 1.4 away
		{0, 0, 0, 1},
	} {
		ticks, from, to := axis(tc.lo, tc.hi, 8)
		if from != tc.from || to != tc.to {
			t.Errorf("axis(%v, %v) spans %v…%v, want %v…%v (ticks %v)", tc.lo, tc.hi, from, to, tc.from, tc.to, ticks)
		}
		if !slices.Contains(ticks, 0) {
			t.Errorf("axis(%v, %v): no tick at zero: %v", tc.lo, tc.hi, ticks)
		}
	}
}

// Two different values for one document, region and year: the first is
// drawn and the note says there is another.
func TestForIndicatorConflictingValues(t *testing.T) {
	docs := corpusDocs(t)
	ax := docs[2]
	other := ax.Figures[2]
	other.NormValue, other.Value = 4.1, 4.1
	docs[2].Figures = []figure.Figure{ax.Figures[1], other}
	c, err := ForIndicator("地区生产总值", figure.Growth, docs)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(c.Note, "另有1个数值") {
		t.Errorf("note %q", c.Note)
	}
}
