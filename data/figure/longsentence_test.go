package figure

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// noStopsText is a page with no full stop and no line break: county
// figures joined by sep, as a table run together reads (n clauses).
func noStopsText(sep string, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf("%d年一季度全县规模以上工业增加值%d.%d亿元增长%d.%d%%居全市第%d位", 2015+i%10, 10+i%900, i%10, 1+i%9, i%7, 1+i%9)
	}
	return strings.Join(parts, sep)
}

// A page without full stops is cut into sentences no longer than
// longSentence, at clause marks where it has them, at a character where it
// has none: the rules that read a figure's sentence back to its start are
// then bounded, and extraction stays linear (120 KB joined by 、 took over
// two minutes before).
func TestLongSentencesAreCut(t *testing.T) {
	for _, sep := range []string{"、", " ", ",", "，", ""} {
		s := noStopsText(sep, 2000)
		l := newLayout(s)
		if len(l.sentences) < len(s)/longSentence {
			t.Errorf("sep %q: %d sentences in %d bytes", sep, len(l.sentences), len(s))
		}
		for k, a := range l.sentences {
			if b := l.sentenceEnd(k); b-a > longSentence+3 { // cut at a character: up to its end
				t.Errorf("sep %q: sentence %d is %d bytes", sep, k, b-a)
				break
			}
			if k > 0 && a <= l.sentences[k-1] {
				t.Fatalf("sep %q: sentence starts out of order at %d", sep, k)
			}
			if a < len(s) && s[a]&0xC0 == 0x80 {
				t.Fatalf("sep %q: sentence %d starts inside a character", sep, k)
			}
		}
	}
	// prose keeps its sentences
	prose := "全县地区生产总值增长6.1%。规模以上工业增加值增长7.2%。"
	want := []int{0, strings.Index(prose, "规模"), len(prose)}
	if l := newLayout(prose); fmt.Sprint(l.sentences) != fmt.Sprint(want) {
		t.Errorf("prose: sentences at %v, want %v", l.sentences, want)
	}
}

// Each figure of such a page is still found, with its own name.
func TestNoStopsPageFiguresFound(t *testing.T) {
	s := noStopsText("、", 400)
	figs := Extract(corpus.Parse("x.txt", []byte(s)))
	var amounts int
	for _, f := range figs {
		if !f.Derived && f.Unit == "亿元" {
			amounts++
			if f.Name != "规模以上工业增加值" {
				t.Fatalf("%s at %d named %q", f.Text, f.Start, f.Name)
			}
		}
	}
	if amounts != 400 {
		t.Errorf("%d amounts, want 400", amounts)
	}
}

func TestShortLineAround(t *testing.T) {
	s := "标题\n记者 张三 摄\n" + strings.Repeat("很长的一行", 200) + "\n尾"
	pos := strings.Index(s, "张三")
	if line, ok := shortLineAround(s, pos, 80); !ok || line != "记者 张三 摄" {
		t.Errorf("short line: %q %v", line, ok)
	}
	if _, ok := shortLineAround(s, strings.Index(s, "很长")+300, 80); ok {
		t.Error("a line longer than the limit was read as short")
	}
	if line, ok := shortLineAround(s, len(s)-1, 80); !ok || line != "尾" {
		t.Errorf("last line: %q %v", line, ok)
	}
}

// BenchmarkExtractWithoutFullStops is extraction of a 120 KB page with no
// full stop or line break (run with -cpu 1); before sentences were bounded
// it took minutes.
func BenchmarkExtractWithoutFullStops(b *testing.B) {
	s := noStopsText("、", 2200)
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		Extract(corpus.Parse("x.txt", []byte(s)))
	}
}
