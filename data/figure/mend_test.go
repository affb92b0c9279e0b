package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// seed returns the shipped article whose id starts with prefix.
func seed(t *testing.T, prefix string) *corpus.Article {
	t.Helper()
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if strings.HasPrefix(a.ID, prefix) {
			return a
		}
	}
	t.Fatalf("no seed %s", prefix)
	return nil
}

// lineSpan is the byte span of line n (from 1) of text.
func lineSpan(text string, n int) (int, int) {
	start := 0
	for i := 1; i < n; i++ {
		k := strings.IndexByte(text[start:], '\n')
		if k < 0 {
			return len(text), len(text)
		}
		start += k + 1
	}
	end := len(text)
	if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
		end = start + k
	}
	return start, end
}

// nameCase pins the name of the nth figure (from 0) written fig on a line
// of a seed; was is the name it had before names were judged, for the
// record ("" unchanged).
type nameCase struct {
	line     int
	fig      string
	nth      int
	was, now string
}

func checkNames(t *testing.T, a *corpus.Article, text string, cases []nameCase) {
	t.Helper()
	figs := Extract(a)
	for _, c := range cases {
		s, e := lineSpan(text, c.line)
		n := 0
		var got *Figure
		for i := range figs {
			if f := &figs[i]; !f.Derived && f.Text == c.fig && f.Start >= s && f.End <= e {
				if n == c.nth {
					got = f
					break
				}
				n++
			}
		}
		if got == nil {
			t.Errorf("%s line %d: no figure %q", a.ID, c.line, c.fig)
			continue
		}
		if got.Name != c.now {
			t.Errorf("%s line %d: %q is named %q, want %q (was %q)", a.ID, c.line, c.fig, got.Name, c.now, c.was)
		}
	}
}

// 003 line 13 is an infographic whose columns OCR interleaved: 粮食总产达 |
// 新认定创新龙 | 42.4亿斤,同 | 头企业 10 家, | 比增长3.5%, | 全省第5 … The
// article writes most of its figures again in prose (lines 17, 29, 57, 67,
// 89), which gives them their names; its ranks follow the figure beside them
// that the prose ranks the same.
func TestMendInfographic(t *testing.T) {
	a := seed(t, "003")
	checkNames(t, a, a.Text(), []nameCase{
		{13, "5.4%", 0, "", "地区生产总值"},
		{13, "8.3%", 0, "", "固定资产投资"},
		{13, "第5", 0, "", "固定资产投资"},
		{13, "第1", 0, "", "科技支出增速"},
		{13, "第3", 0, "", "综合科技创新水平"},
		{13, "42.4亿斤", 0, "新认定创新龙", "粮食总产"},
		{13, "10 家", 0, "头企业", "新认定创新龙头企业"},
		{13, "3.5%", 0, "头企业", "粮食总产"},
		{13, "第5", 1, "头企业", "新认定创新龙头企业"},
		{13, "第2", 0, "头企业", "粮食总产"},
		{13, "98.58%", 0, "", "保交房交付率"},
		{13, "444 个", 0, "内项目", "新引进省外境内项目"},
		{13, "第4", 0, "内项目", "保交房交付率"},
		{13, "第1", 1, "内项目", "新引进省外境内项目"},
		// the prose they are mended from is unchanged
		{17, "8.3%", 0, "", "固定资产投资"},
		{29, "10家", 0, "", "新认定创新龙头企业"},
		{29, "第5", 0, "", "新认定创新龙头企业"},
		{57, "444个", 0, "", "新引进省外境内项目"},
		{67, "42.4亿斤", 0, "", "粮食总产"},
		{67, "第2", 0, "", "粮食总产"},
	})
}

// 001 interleaves two newspaper columns line by line. Names broken there
// that the article does not repeat keep their whole part: what is counted
// after the measure word, or the words before the broken one.
func TestMendColumns(t *testing.T) {
	a := seed(t, "001")
	checkNames(t, a, a.Text(), []nameCase{
		// …解决所有问题全 | 6项政策: the words before are another column's
		{59, "6项", 0, "解决所有问题全", "政策"},
		// …设立20亿元生物医药产 | 动、省级…
		{81, "20亿元", 0, "设立生物医药产动", "设立生物医药"},
		// 6项 written elsewhere is not this one: 行动 is not borne out here
		{81, "6项", 0, "", "行动"},
		// 帮 | … | 办代办群众事项: 帮办 lost its first character
		{91, "2.7万件", 0, "办代办群众事项", "代办群众事项"},
		// 创建8个乡村建设示 (the column goes on elsewhere)
		{119, "8个", 0, "创建乡村建设示", "创建乡村建设"},
		// 持续几 | 13位: nothing to name it by
		{77, "13位", 0, "", ""},
		// a space that wraps a column's line between two words is no gap
		{63, "2个", 0, "", "申报万亿国债项目"},
		{89, "2406名", 0, "", "选聘党员群众担任微网格员"},
	})
}

// Without the prose, the infographic's broken names keep what is whole or
// nothing: 头企业 becomes 企业, a name ending in 龙 right before its number
// (another column's) none, and a figure that had borrowed its neighbour's
// broken name none.
func TestJudgeAlone(t *testing.T) {
	a := seed(t, "003")
	s, e := lineSpan(a.Text(), 13)
	line := a.Text()[s:e]
	checkNames(t, testArticle(line, "焦作市", 2024), line, []nameCase{
		{1, "42.4亿斤", 0, "新认定创新龙", ""},
		{1, "10 家", 0, "头企业", "企业"},
		{1, "3.5%", 0, "头企业", ""},
		{1, "第5", 1, "头企业", ""},
		{1, "第2", 0, "头企业", ""},
		{1, "444 个", 0, "内项目", "项目"},
		{1, "第4", 0, "内项目", ""},
		{1, "第1", 1, "内项目", ""},
		{1, "98.58%", 0, "", "保交房交付率"},
		{1, "8.3%", 0, "", ""},
	})
}

// A broken name takes another only when the article gives the value one
// name; names inside one another (企业, 新认定创新龙头企业) are one name.
func TestMendAmbiguous(t *testing.T) {
	a := seed(t, "003")
	s, e := lineSpan(a.Text(), 13)
	line := a.Text()[s:e]
	for _, c := range []struct {
		why, prose string
		cases      []nameCase
	}{
		{
			"444个 has two names",
			"全年新引进省外境内项目444个,全省第1。\n\n全年新签约境内项目444个。",
			[]nameCase{{1, "444 个", 0, "内项目", "项目"}, {1, "第1", 1, "内项目", ""}},
		},
		{
			"10家 of 企业 is the same thing said less precisely",
			"新认定创新龙头企业10家,全省第5。\n\n中原内配作为全省仅有的10家企业之一。",
			[]nameCase{{1, "10 家", 0, "头企业", "新认定创新龙头企业"}},
		},
		{
			"both figures before 全省第5 are ranked fifth",
			"粮食总产达42.4亿斤,同比增长3.5%,全省第5。\n\n新认定创新龙头企业10家,全省第5。",
			[]nameCase{
				{1, "42.4亿斤", 0, "新认定创新龙", "粮食总产"},
				{1, "10 家", 0, "头企业", "新认定创新龙头企业"},
				{1, "第5", 1, "头企业", ""},
			},
		},
	} {
		t.Run(c.why, func(t *testing.T) {
			checkNames(t, testArticle(line+"\n\n"+c.prose, "焦作市", 2024), line, c.cases)
		})
	}
}

// A name is taken only where the text around the figure bears it out, and
// with it the year when the figure has none.
func TestMendBorneOut(t *testing.T) {
	a := seed(t, "001")
	s, e := lineSpan(a.Text(), 77)
	line := a.Text()[s:e] // …持续几 13位。
	checkNames(t, testArticle(line+"\n\n全年引进博士13位。", "马村区", 2023), line, []nameCase{
		{1, "13位", 0, "", ""}, // 持续几 ends no 引进博士
	})

	b := seed(t, "003")
	s, e = lineSpan(b.Text(), 13)
	line = b.Text()[s:e]
	figs := Extract(testArticle(line+"\n\n2024年，粮食总产达42.4亿斤。", "焦作市", 0))
	for _, f := range figs {
		if f.Text == "42.4亿斤" && f.Start < len(line) {
			if f.Name != "粮食总产" || f.Year == nil || *f.Year != 2024 {
				t.Errorf("42.4亿斤 of the chart: %q of %v, want 粮食总产 of 2024", f.Name, f.Year)
			}
		}
	}
}
