package chart

import (
	"bytes"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// The tests build figures by hand, anchored in the shipped articles, so
// that they pin the charts without depending on the extractor.

func seed(t testing.TB, prefix string) *corpus.Article {
	t.Helper()
	arts, err := figure.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if len(a.ID) >= len(prefix) && a.ID[:len(prefix)] == prefix {
			return a
		}
	}
	t.Fatalf("no seed %s", prefix)
	return nil
}

func year(y int) *int { return &y }

// at fills f's Doc, Start, End and Text from the first occurrence of text
// in a after the first occurrence of after ("" for the start).
func at(t testing.TB, a *corpus.Article, after, text string, f figure.Figure) figure.Figure {
	t.Helper()
	from := 0
	if after != "" {
		i := bytes.Index(a.Raw, []byte(after))
		if i < 0 {
			t.Fatalf("%s: no %q", a.ID, after)
		}
		from = i
	}
	i := bytes.Index(a.Raw[from:], []byte(text))
	if i < 0 {
		t.Fatalf("%s: no %q after %q", a.ID, text, after)
	}
	f.Doc, f.Start, f.End, f.Text = a.ID, from+i, from+i+len(text), text
	return f
}

// figures000 are the figures of the opening paragraphs of seed 000, as
// the extractor should find them.
func figures000(t testing.TB) (*corpus.Article, []figure.Figure) {
	a := seed(t, "000")
	y := year(2024)
	g := func(after, text, name string, v float64) figure.Figure {
		return at(t, a, after, text, figure.Figure{Value: v, Unit: "%", NormValue: v, NormUnit: "%", Kind: figure.Growth, Name: name, Region: "马村区", Year: y})
	}
	money := func(after, text, name string, v float64, unit string, mult float64) figure.Figure {
		return at(t, a, after, text, figure.Figure{Value: v, Unit: unit, NormValue: v * mult, NormUnit: "元", Kind: figure.Level, Name: name, Region: "马村区", Year: y})
	}
	figs := []figure.Figure{
		g("地区生产总值增长", "5.0%", "地区生产总值", 5.0),
		at(t, a, "高于2023年", "1.2个百分点", figure.Figure{Value: 1.2, Unit: "个百分点", NormValue: 1.2, NormUnit: "pp", Kind: figure.PPChange, Name: "地区生产总值", Region: "马村区", Year: y}),
		g("第一产业增长", "2.5%", "第一产业增加值", 2.5),
		g("第二产业增长", "5.4%", "第二产业增加值", 5.4),
		g("第三产业增长", "4.4%", "第三产业增加值", 4.4),
		g("规上工业增加值增长", "7.5%", "规上工业增加值", 7.5),
		at(t, a, "排名城区", "第二", figure.Figure{Value: 2, Unit: "第", NormValue: 2, NormUnit: "rank", Kind: figure.Rank, Name: "规上工业增加值", Region: "马村区", Year: y, RankScope: "城区"}),
		g("固定资产投资提高", "9.6%", "固定资产投资", 9.6),
		g("工业投资提高", "67.9%", "工业投资", 67.9),
		money("一般公共预算收入完成", "8.6亿元", "一般公共预算收入", 8.6, "亿元", 1e8),
		at(t, a, "增速排名全市", "第一", figure.Figure{Value: 1, Unit: "第", NormValue: 1, NormUnit: "rank", Kind: figure.Rank, Name: "一般公共预算收入增速", Region: "马村区", Year: y, RankScope: "全市"}),
		money("重点项目完成投资", "121.7亿元", "重点项目完成投资", 121.7, "亿元", 1e8),
		at(t, a, "占年度计划的", "131%", figure.Figure{Value: 131, Unit: "%", NormValue: 131, NormUnit: "%", Kind: figure.Share, Name: "重点项目投资完成年度计划", Region: "马村区", Year: y}),
		money("争取资金", "3.78亿元", "争取资金", 3.78, "亿元", 1e8),
		money("争取国债资金", "7450万元", "争取国债资金", 7450, "万元", 1e4),
		money("亩均增加值", "58.29万元", "亩均增加值", 58.29, "万元", 1e4),
		money("亩均税收", "10.35", "亩均税收", 10.35, "万元", 1e4),
	}
	// Derived, as CONTRACTS.md describes: 2023 growth from 5.0% less 1.2 pp.
	d := at(t, a, "", "全年地区生产总值增长5.0%,高于2023年1.2个百分点", figure.Figure{Value: 3.8, Unit: "%", NormValue: 3.8, NormUnit: "%", Kind: figure.Growth, Name: "地区生产总值", Region: "马村区", Year: year(2023), Derived: true, DerivedFrom: "5.0% − 1.2个百分点"})
	d.Text = "3.8%"
	return a, append(figs, d)
}
