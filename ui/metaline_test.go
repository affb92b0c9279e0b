package ui

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// The reader's metadata line says the year an article is about, as its
// row in the list does: an undated county bulletin of 2023 said only
// "undated", and a work report dated 2025 gave no hint it reviews 2024.
func TestMetaLineSaysTheYear(t *testing.T) {
	dated := func(s string) corpus.Date {
		d, err := corpus.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		a    corpus.Article
		want string
	}{
		{corpus.Article{Title: "新乡县2023年国民经济和社会发展统计公报", Year: 2023}, "2023 · 新乡县"},
		{corpus.Article{Date: dated("2025-04-28"), Year: 2024, Source: "焦作日报"}, "2025-04-28 · on 2024 · 焦作日报 · 新乡县"},
		{corpus.Article{Date: dated("2024-07-20"), Year: 2024}, "2024-07-20 · 新乡县"},
		{corpus.Article{}, "undated · 新乡县"},
	} {
		if got := metaLine(&c.a, "新乡县"); got != c.want {
			t.Errorf("metaLine(%q) = %q, want %q", c.a.Title, got, c.want)
		}
	}
}
