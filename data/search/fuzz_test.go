package search

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Whatever the article and the query, spans stay inside the article and
// marks inside the snippet.
func FuzzQuery(f *testing.F) {
	f.Add("地区生产总 值增长5.4%\n\n16.4 亿 元", "生产总值")
	f.Add("GDP  Growth\n\r\n马村区", "gdp 马村")
	f.Add("\u3000\u3000生物医药\n", "医药,生物")
	seg := segment.New(func() (*segment.Dict, error) {
		return segment.NewDict([]segment.Entry{{Word: "生产总值", Freq: 100}, {Word: "马村区", Freq: 3}, {Word: "生物医药", Freq: 3}}), nil
	})
	f.Fuzz(func(t *testing.T, text, q string) {
		a := corpus.Parse("f.txt", []byte(text))
		ix := NewIndex(seg, a)
		<-ix.Ready()
		for _, h := range ix.Query(q, 0) {
			for _, p := range append([]Passage{h.Passage}, h.More...) {
				if p.Start < 0 || p.End > len(a.Raw) || p.Start >= p.End {
					t.Fatalf("span [%d,%d) of %d bytes", p.Start, p.End, len(a.Raw))
				}
				for _, m := range p.Marks {
					if m.Start < 0 || m.End > len(p.Snippet) || m.Start >= m.End {
						t.Fatalf("mark %v in snippet of %d bytes", m, len(p.Snippet))
					}
				}
			}
		}
	})
}
