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
