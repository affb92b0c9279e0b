package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/segment"

	"github.com/zhibiao/zhibiao/data/cputime"
)

func seeds(t testing.TB) []*corpus.Article {
	t.Helper()
	arts, err := figure.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// readyIndex indexes the seeds and waits for the word level.
func readyIndex(t testing.TB) (*Index, map[string]*corpus.Article) {
	t.Helper()
	arts := seeds(t)
	ix := NewIndex(segment.Default(), arts...)
	<-ix.Ready()
	m := map[string]*corpus.Article{}
	for _, a := range arts {
		m[a.ID] = a
	}
	return ix, m
}

// allPassages lists every passage of the hits, best hit first.
func allPassages(hits []Hit) []Passage {
	var out []Passage
	for _, h := range hits {
		out = append(out, h.Passage)
		out = append(out, h.More...)
	}
	return out
}

func squeeze(s string) string {
	return strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, s))
}

func TestQueryFindsMaCunFirst(t *testing.T) {
	ix, arts := readyIndex(t)
	hits := ix.Query("生物医药", 0)
	if len(hits) != 3 {
		t.Fatalf("%d hits, want the 3 articles that name 生物医药", len(hits))
	}
	for i, h := range hits {
		if arts[h.Doc].Region != "马村区" {
			t.Errorf("hit %d is %s (%s), want a 马村区 article", i, h.Doc, arts[h.Doc].Region)
		}
		if i > 0 && h.Score > hits[i-1].Score {
			t.Errorf("hit %d scores above hit %d", i, i-1)
		}
		if got := string(arts[h.Doc].Raw[h.Start:h.End]); got != "生物医药" {
			t.Errorf("hit %d: span %q", i, got)
		}
	}
}

func TestQueryRanking(t *testing.T) {
	ix, arts := readyIndex(t)
	tests := []struct {
		q        string
		firstDoc string
		inBest   string // the best passage contains this
	}{
		{"规上工业增加值", "000_3d56ce9018f8a19f.txt", "规上工业增加值增长7.5%"},
		{"地区生产总值增长", "000_3d56ce9018f8a19f.txt", "全年地区生产总值增长5.0%"},
		{"示范区 科普", "004_736a836cdd19ca79.txt", "科普"},
		{"马村", "002_71c5408922adfce0.txt", "马村"},               // not a word: a run of single characters
		{"5g", "002_71c5408922adfce0.txt", "5G"},               // any case
		{"生物医药 产业", "000_3d56ce9018f8a19f.txt", "生物医药产业向更高层次"}, // both, as a phrase, in the body (001's 生物医药产业园区 is a photo caption)
	}
	for _, tt := range tests {
		hits := ix.Query(tt.q, 3)
		if len(hits) == 0 {
			t.Errorf("%s: no hits", tt.q)
			continue
		}
		h := hits[0]
		para := arts[h.Doc].Paragraphs[h.Para].Text
		if h.Doc != tt.firstDoc || !strings.Contains(squeeze(para), squeeze(tt.inBest)) {
			t.Errorf("%s: first hit %s para %q, want %s with %q", tt.q, h.Doc, para, tt.firstDoc, tt.inBest)
		}
	}
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"马村的生物医药", []string{"马村", "生物医药"}},
		{"生物医药 和 新材料", []string{"生物医药", "新材料"}},
		{"的", []string{"的"}},
		{"GDP增长", []string{"gdp", "增长"}},
		{"地区生产总 值", []string{"地区生产总值"}},
		{"健康元", []string{"健康元"}},         // a lone character joins the word it is written against
		{"新签约项目", []string{"新签约", "项目"}}, // (not every 元, every 新 of the corpus)
	} {
		if got := ix.terms(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("terms(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	if hits := ix.Query("量子计算机", 10); len(hits) != 0 {
		t.Errorf("量子计算机: %d hits, want none", len(hits))
	}
	if hits := ix.Query(" ,。 ", 10); hits != nil {
		t.Errorf("punctuation only: %v", hits)
	}
	if hits := ix.Query("项目", 2); len(hits) != 2 {
		t.Errorf("limit 2: %d hits", len(hits))
	}
}

// A query of two words ranks every passage that has both above every
// passage that has one.
func TestQueryBothWordsFirst(t *testing.T) {
	ix, arts := readyIndex(t)
	for _, q := range []string{"生物医药 基地", "项目 投资", "科技 创新", "复工复产 企业"} {
		terms := strings.Fields(q)
		hits := ix.Query(q, 0)
		ps := allPassages(hits)
		minBoth, maxOne, nBoth, nOne := 1e9, -1e9, 0, 0
		docOf := map[*Passage]string{}
		for i := range hits {
			docOf[&hits[i].Passage] = hits[i].Doc
		}
		i := 0
		for _, h := range hits {
			for _, p := range append([]Passage{h.Passage}, h.More...) {
				text := squeeze(arts[h.Doc].Paragraphs[p.Para].Text)
				has := 0
				for _, w := range terms {
					if strings.Contains(text, w) {
						has++
					}
				}
				switch has {
				case 2:
					nBoth++
					minBoth = min(minBoth, p.Score)
				case 1:
					nOne++
					maxOne = max(maxOne, p.Score)
				default:
					t.Errorf("%s: passage %q matches no term", q, text)
				}
				i++
			}
		}
		if nBoth == 0 || nOne == 0 {
			t.Fatalf("%s: %d passages with both, %d with one: not a useful case", q, nBoth, nOne)
		}
		if minBoth <= maxOne {
			t.Errorf("%s: a passage with both terms scores %v, one with a single term %v", q, minBoth, maxOne)
		}
		if len(ps) != i {
			t.Fatal("passage count")
		}
	}
}

// Spans point at the bytes of the terms: in Raw, in the snippet.
func TestSpansPointAtTerms(t *testing.T) {
	ix, arts := readyIndex(t)
	for _, q := range []string{"生物医药", "地区生产总值", "马村", "规上工业增加值", "5G", "高质量发展 项目"} {
		terms := ix.terms(q)
		for _, h := range ix.Query(q, 0) {
			a := arts[h.Doc]
			for _, p := range append([]Passage{h.Passage}, h.More...) {
				para := a.Paragraphs[p.Para]
				first := squeeze(string(a.Raw[p.Start:p.End]))
				if !slices.Contains(terms, first) {
					t.Errorf("%s %s: first match %q is no term of %v", q, h.Doc, first, terms)
				}
				if p.Start < para.Start || p.End > para.End || len(p.Matches) == 0 || p.Start < p.Matches[0].Start {
					t.Errorf("%s %s: span [%d,%d) outside paragraph [%d,%d)", q, h.Doc, p.Start, p.End, para.Start, para.End)
				}
				for _, m := range p.Matches {
					if !coveredByTerms(squeeze(string(a.Raw[m.Start:m.End])), terms) {
						t.Errorf("%s %s: match %q", q, h.Doc, a.Raw[m.Start:m.End])
					}
				}
				if len(p.Marks) == 0 {
					t.Errorf("%s %s: snippet %q has no marks", q, h.Doc, p.Snippet)
				}
				for _, m := range p.Marks {
					if !coveredByTerms(squeeze(p.Snippet[m.Start:m.End]), terms) {
						t.Errorf("%s %s: mark %q in %q", q, h.Doc, p.Snippet[m.Start:m.End], p.Snippet)
					}
				}
				longest := 0
				for _, w := range terms {
					longest = max(longest, utf8.RuneCountInString(w))
				}
				if n := utf8.RuneCountInString(p.Snippet); n > snippetRunes+2+longest {
					t.Errorf("%s: snippet of %d characters", q, n)
				}
			}
		}
	}
}

// coveredByTerms reports whether s is one or more terms written together.
func coveredByTerms(s string, terms []string) bool {
	if s == "" {
		return true
	}
	for _, t := range terms {
		if strings.HasPrefix(s, t) && coveredByTerms(s[len(t):], terms) {
			return true
		}
	}
	// Overlapping occurrences merge into one span (a term inside another).
	for _, t := range terms {
		for _, u := range terms {
			if i := strings.Index(t, u); i > 0 && strings.HasPrefix(s, t[:i]) && coveredByTerms(s[i:], terms) {
				return true
			}
		}
	}
	return false
}

func TestSubstringSearchBeforeReady(t *testing.T) {
	release := make(chan struct{})
	seg := segment.New(func() (*segment.Dict, error) {
		<-release
		return segment.LoadEmbedded()
	})
	ix := NewIndex(seg, seeds(t)...)
	if ix.IsReady() {
		t.Fatal("ready before the dictionary")
	}
	hits := ix.Query("生物医药", 0)
	if len(hits) != 3 {
		t.Errorf("substring search: %d hits, want 3", len(hits))
	}
	// Between spaces and punctuation, parts are separate substrings.
	if hits := ix.Query("马村区,生物医药", 1); len(hits) != 1 || !strings.Contains(hits[0].Snippet, "生物医药") {
		t.Errorf("two substrings: %+v", hits)
	}
	// Articles added while loading are segmented with the rest.
	ix.Add(corpus.Parse("late.txt", []byte("新增一篇关于生物医药的报道。\n")))
	close(release)
	<-ix.Ready()
	if !ix.IsReady() {
		t.Fatal("not ready after Ready closed")
	}
	hits = ix.Query("生物医药", 0)
	if len(hits) != 4 {
		t.Errorf("after ready: %d hits, want 4", len(hits))
	}
}

func TestAddReplacesAndAfterReady(t *testing.T) {
	ix, _ := readyIndex(t)
	n := ix.Len()
	ix.Add(corpus.Parse("mine.txt", []byte("量子计算机产业园开工。\n")))
	if hits := ix.Query("量子计算机", 0); len(hits) != 1 || hits[0].Doc != "mine.txt" {
		t.Fatalf("added article not found: %+v", hits)
	}
	ix.Add(corpus.Parse("mine.txt", []byte("改写后的文本。\n")))
	if hits := ix.Query("量子计算机", 0); len(hits) != 0 {
		t.Errorf("replaced text still found: %+v", hits)
	}
	if hits := ix.Query("改写", 0); len(hits) != 1 {
		t.Errorf("new text not found")
	}
	if ix.Len() != n+1 {
		t.Errorf("Len %d, want %d", ix.Len(), n+1)
	}
	if !ix.Remove("mine.txt") || ix.Remove("mine.txt") || ix.Len() != n {
		t.Error("Remove")
	}
	if hits := ix.Query("改写", 0); len(hits) != 0 {
		t.Errorf("removed text still found")
	}
	if hits := ix.Query("生物医药", 0); len(hits) != 3 {
		t.Errorf("other articles lost: %d hits", len(hits))
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("前", 30) + "生物医药" + strings.Repeat("后", 80)
	s, marks := snippet(text, []Span{{90, 102}})
	if !strings.HasPrefix(s, "…") || !strings.HasSuffix(s, "…") || len(marks) != 1 || s[marks[0].Start:marks[0].End] != "生物医药" {
		t.Errorf("snippet %q marks %v", s, marks)
	}
	if s, _ := snippet("短句生物医药。", []Span{{6, 18}}); s != "短句生物医药。" {
		t.Errorf("short paragraph cut: %q", s)
	}
}

// corpusOf returns the seeds repeated until they hold at least size bytes,
// each copy with its own id.
func corpusOf(t testing.TB, size int) []*corpus.Article {
	base := seeds(t)
	var out []*corpus.Article
	total := 0
	for i := 0; total < size; i++ {
		a := base[i%len(base)]
		out = append(out, corpus.Parse(fmt.Sprintf("%04d_%s", i, a.ID), a.Raw))
		total += len(a.Raw)
	}
	return out
}

func benchmarkBuild(b *testing.B, size int) {
	seg := segment.Default()
	if err := seg.Wait(); err != nil {
		b.Fatal(err)
	}
	arts := corpusOf(b, size)
	n := 0
	for _, a := range arts {
		n += len(a.Raw)
	}
	b.SetBytes(int64(n))
	cpu := cputime.Now()
	for b.Loop() {
		ix := NewIndex(seg, arts...)
		<-ix.Ready()
	}
	cputime.Report(b, cpu)
}

func BenchmarkBuild1MB(b *testing.B) { benchmarkBuild(b, 1<<20) }
func BenchmarkBuild6MB(b *testing.B) { benchmarkBuild(b, 6<<20) }

func benchmarkQuery(b *testing.B, q string) {
	seg := segment.Default()
	if err := seg.Wait(); err != nil {
		b.Fatal(err)
	}
	ix := NewIndex(seg, corpusOf(b, 6<<20)...)
	<-ix.Ready()
	cpu := cputime.Now()
	for b.Loop() {
		if len(ix.Query(q, 10)) == 0 {
			b.Fatal("no hits")
		}
	}
	cputime.Report(b, cpu)
}

func BenchmarkQuery6MB(b *testing.B)         { benchmarkQuery(b, "生物医药") }
func BenchmarkQueryTwoWords6MB(b *testing.B) { benchmarkQuery(b, "项目 投资") }
func BenchmarkQueryCommon6MB(b *testing.B)   { benchmarkQuery(b, "发展") }

// 001's columns break lines mid-sentence: 生物医药\n基地 is one run in a
// snippet, a break between Latin words one space, and the marks follow.
func TestSnippetJoinsLines(t *testing.T) {
	text := "打造高端材料和生物医药\n基地。图为 GDP\nup 5. 0%"
	s, marks := snippet(text, []Span{{21, 33}, {54, 56}})
	if want := "打造高端材料和生物医药基地。图为 GDP up 5. 0%"; s != want {
		t.Errorf("snippet %q, want %q", s, want)
	}
	if len(marks) != 2 || s[marks[0].Start:marks[0].End] != "生物医药" || s[marks[1].Start:marks[1].End] != "up" {
		t.Errorf("marks %v in %q", marks, s)
	}
	// A term the line break runs through is marked whole.
	s, marks = snippet("发展生物\n医药产业", []Span{{6, 19}})
	if s != "发展生物医药产业" || len(marks) != 1 || s[marks[0].Start:marks[0].End] != "生物医药" {
		t.Errorf("snippet %q marks %v", s, marks)
	}
}

// A photo caption is short, so BM25 alone ranked 生物医药产业园区建设现场
// 本报记者 宋崇飞 摄 above 001's paragraphs on the industry: a caption or
// page furniture counts less than the body.
func TestCaptionsRankBelowBody(t *testing.T) {
	ix, arts := readyIndex(t)
	for _, q := range []string{"生物医药", "健康元"} {
		for _, h := range ix.Query(q, 0) {
			if k := arts[h.Doc].Paragraphs[h.Para].Kind; k == corpus.Caption || k == corpus.Furniture {
				t.Errorf("%s %s: best passage %q is a caption or furniture (%v), not the text", q, h.Doc, h.Snippet, k)
			}
		}
	}
}
