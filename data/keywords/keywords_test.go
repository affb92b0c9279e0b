package keywords

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/segment"

	"github.com/zhibiao/zhibiao/data/cputime"
)

func seeds(t testing.TB) map[string]*corpus.Article {
	t.Helper()
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]*corpus.Article{}
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

func topWords(ks []Keyword) []string {
	var ws []string
	for _, k := range ks {
		ws = append(ws, k.Word)
	}
	return ws
}

func TestTopSeeds(t *testing.T) {
	seg := segment.Default()
	arts := seeds(t)
	tests := []struct {
		doc      string
		first    []string // the top words, in order
		includes []string // among the top 12
	}{
		{"000_3d56ce9018f8a19f.txt", []string{"马村区", "项目"}, []string{"原料药", "规模以上"}},
		{"001_eb4a5a37d5005e35.txt", []string{"马村区", "网格"}, []string{"生物医药", "高质量发展", "治理"}},
		{"002_71c5408922adfce0.txt", []string{"马村区", "项目"}, []string{"综合体", "研究院", "签约"}}, // 2020; 生物医药 is 20th once its photo caption (… 摄·) is known for one
		{"003_0eb69baf86343ab7.txt", []string{"创新", "企业"}, []string{"焦作", "科技", "产业园"}},
		{"004_736a836cdd19ca79.txt", []string{"示范区", "项目"}, []string{"科普", "高新区"}},
	}
	for _, tt := range tests {
		a := arts[tt.doc]
		got := Top(seg, a, 12)
		ws := topWords(got)
		if len(got) != 12 {
			t.Errorf("%s: %d keywords, want 12", tt.doc, len(got))
		}
		if !slices.Equal(ws[:len(tt.first)], tt.first) {
			t.Errorf("%s: top %v, want to start with %v", tt.doc, ws, tt.first)
		}
		for _, w := range tt.includes {
			if !slices.Contains(ws, w) {
				t.Errorf("%s: top %v lacks %s", tt.doc, ws, w)
			}
		}
		for i, k := range got {
			if !candidate(strings.ToLower(k.Word)) || k.Count < 1 || k.Weight <= 0 {
				t.Errorf("%s: bad keyword %+v", tt.doc, k)
			}
			if i > 0 && k.Weight > got[i-1].Weight {
				t.Errorf("%s: not sorted at %d", tt.doc, i)
			}
			// Counted in the paragraphs as the reader shows them, lines
			// joined (高质量 / 发展 across a line break is one word) and
			// bridged (so is 高质量 发展 with an OCR space).
			n := 0
			for _, p := range a.Paragraphs {
				n += strings.Count(strings.ToLower(segment.Bridge(p.Text).Text), strings.ToLower(k.Word))
			}
			if n < k.Count {
				t.Errorf("%s: %s counted %d times, text has %d", tt.doc, k.Word, k.Count, n)
			}
			// The count is what clicking the keyword lists.
			if lines := Concordance(seg, a, k.Word, 10); len(lines) != k.Count {
				t.Errorf("%s: %s counted %d times, its concordance has %d lines", tt.doc, k.Word, k.Count, len(lines))
			}
		}
		if again := Top(seg, a, 12); !slices.Equal(again, got) {
			t.Errorf("%s: not stable:\n%v\n%v", tt.doc, got, again)
		}
	}
}

func TestTopFiltersAndMedian(t *testing.T) {
	seg := segment.New(func() (*segment.Dict, error) {
		return segment.NewDict([]segment.Entry{
			{Word: "生物医药", Freq: 10, IDF: 8},
			{Word: "原料药", Freq: 10}, // no IDF: takes the median
			{Word: "产业", Freq: 10, IDF: 2},
			{Word: "我们", Freq: 10, IDF: 9},
			{Word: "园区", Freq: 10, IDF: 4},
		}), nil
	})
	a := corpus.Parse("t.txt", []byte("我们的生物医药产业,2024年原料药、原料药。\n\n园区 生物医药 摄\n"))
	got := Top(seg, a, -1)
	want := []string{"原料药", "生物医药", "产业"} // median of 8,2,9,4 is 8; 原料药 twice
	if !slices.Equal(topWords(got), want) {
		t.Fatalf("got %+v, want %v (no stop word 我们, no number, no caption)", got, want)
	}
	if got[0].Count != 2 || got[0].Weight != 2.0/4*8 {
		t.Errorf("原料药: %+v, want count 2, weight 2/4*8", got[0])
	}
	// The caption counts but does not weigh.
	if got[1].Count != 2 || got[1].Weight != 1.0/4*8 {
		t.Errorf("生物医药: %+v, want count 2 (one in the caption), weight 1/4*8", got[1])
	}
}

func TestConcordance(t *testing.T) {
	seg := segment.Default()
	a := seeds(t)["001_eb4a5a37d5005e35.txt"]
	const width = 10
	lines := Concordance(seg, a, "生物医药", width)
	if len(lines) != strings.Count(a.Text(), "生物医药") {
		t.Fatalf("%d lines, text has %d", len(lines), strings.Count(a.Text(), "生物医药"))
	}
	for i, l := range lines {
		if got := string(a.Raw[l.Start:l.End]); got != "生物医药" || l.Word != "生物医药" {
			t.Errorf("line %d: raw span %q, word %q", i, got, l.Word)
		}
		if i > 0 && l.Start <= lines[i-1].Start {
			t.Errorf("line %d out of order", i)
		}
		if n := utf8.RuneCountInString(l.Left); n > width || utf8.RuneCountInString(l.Right) > width {
			t.Errorf("line %d: context wider than %d: %q | %q", i, width, l.Left, l.Right)
		}
		p := segment.Bridge(a.Paragraphs[l.Para].Text).Text
		if !strings.Contains(p, l.Left+"生物医药"+l.Right) {
			t.Errorf("line %d: context not from paragraph %d", i, l.Para)
		}
	}
	// 生物 is never a token of its own here: as a token match it would miss
	// 生物医药; the substring fallback finds it everywhere.
	if n := len(Concordance(seg, a, "村区", width)); n != strings.Count(a.Text(), "村区") {
		t.Errorf("substring fallback found %d", n)
	}
	if Concordance(seg, a, "  ", width) != nil {
		t.Error("blank word matched")
	}
}

func TestFormatAligns(t *testing.T) {
	lines := []Line{
		{Left: "积极打造高端材料和", Word: "生物医药", Right: "基地、综合枢纽"},
		{Left: "为全区42", Word: "生物医药", Right: "产业"},
		{Left: "", Word: "生物医药", Right: ""},
		{Left: "ABC“引号”Ｇ", Word: "生物医药", Right: "x"},
	}
	const width = 10
	for _, l := range lines {
		s := l.Format(width)
		at := strings.Index(s, " "+l.Word+" ")
		if c := Columns(s[:at+1]); c != 2*width+1 {
			t.Errorf("%q: word at column %d, want %d", s, c, 2*width+1)
		}
	}
	if Columns("生物ab１") != 8 {
		t.Errorf("Columns: got %d", Columns("生物ab１"))
	}
}

func BenchmarkTop(b *testing.B) {
	seg := segment.Default()
	a := seeds(b)["004_736a836cdd19ca79.txt"] // the longest seed, 18.7 KB
	seg.Wait()
	cpu := cputime.Now()
	for b.Loop() {
		Top(seg, a, 10)
	}
	cputime.Report(b, cpu)
}

func BenchmarkConcordance(b *testing.B) {
	seg := segment.Default()
	a := seeds(b)["004_736a836cdd19ca79.txt"]
	seg.Wait()
	cpu := cputime.Now()
	for b.Loop() {
		Concordance(seg, a, "项目", 12)
	}
	cputime.Report(b, cpu)
}

func TestTopKeepsWrittenCase(t *testing.T) {
	seg := segment.New(func() (*segment.Dict, error) {
		return segment.NewDict([]segment.Entry{{Word: "gdp", Freq: 10, IDF: 5}}), nil
	})
	got := Top(seg, corpus.Parse("t.txt", []byte("GDP增长,gdp下降。\n")), 5)
	if len(got) != 1 || got[0].Word != "GDP" || got[0].Count != 2 {
		t.Fatalf("got %+v, want GDP counted twice", got)
	}
}
