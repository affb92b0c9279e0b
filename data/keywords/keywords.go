// Package keywords finds what an article is about: its top words by TF-IDF
// over gse's segmentation, and every place a word occurs, in context.
package keywords

import (
	"context"
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Keyword is one of an article's top words.
type Keyword struct {
	Word   string  // as first written in the article (ASCII case is ignored in counting)
	Weight float64 // term frequency in the text outside captions, times IDF
	Count  int     // occurrences in the article, captions included: the lines of its Concordance
}

var (
	//go:embed stopwords.txt
	gseStops string
	//go:embed stopwords_zhibiao.txt
	ownStops string

	stops = readStops(gseStops, ownStops)
)

func readStops(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, list := range lists {
		for _, line := range strings.Split(list, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "# ") {
				continue
			}
			m[line] = true
		}
	}
	return m
}

// IsStop reports whether word is a stop word: a function word, a piece of
// page furniture or a phrase of officialese that says nothing of the topic.
func IsStop(word string) bool { return stops[word] }

// candidate reports whether a token may be a keyword: two characters or
// more, with a letter in it (numbers, dates and punctuation are out), and
// no stop word.
func candidate(word string) bool {
	if utf8.RuneCountInString(word) < 2 || stops[word] {
		return false
	}
	for _, r := range word {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// Top returns the n words of the article with the highest TF-IDF, best
// first; ties go to the more frequent word, then to byte order, so that the
// list is stable. The term frequency is a word's count over the count of
// all candidate words (as gse's and jieba's extractors do); a word missing
// from the IDF table takes the table's median, never zero. Photo captions
// do not weigh: they are credits (记者 … 摄) more than content. But Count
// counts them, so that a keyword's count is what its concordance lists.
// Top waits for the segmenter's dictionary.
func Top(seg *segment.Segmenter, a *corpus.Article, n int) []Keyword {
	out, _ := TopContext(context.Background(), seg, a, n)
	return out
}

// TopContext is Top that stops when ctx is done (the user cancelled a
// 10 MB article's analysis): the segmentation looks at ctx between
// batches, and ctx's error comes back with no keywords.
func TopContext(ctx context.Context, seg *segment.Segmenter, a *corpus.Article, n int) ([]Keyword, error) {
	paras, err := cutParagraphs(ctx, seg, a)
	if err != nil {
		return nil, err
	}
	d := seg.Dict()
	weighed := map[string]int{} // occurrences outside captions
	all := map[string]int{}
	forms := map[string]string{} // how the word is first written: 5G, not 5g
	total := 0
	for i, pw := range paras {
		caption := a.Paragraphs[i].Kind == corpus.Caption
		for _, t := range pw.toks {
			w := strings.ToLower(t.Text)
			if !candidate(w) {
				continue
			}
			all[w]++
			if caption {
				continue
			}
			weighed[w]++
			total++
			if _, ok := forms[w]; !ok {
				forms[w] = t.Text
			}
		}
	}
	out := make([]Keyword, 0, len(weighed))
	for w, c := range weighed {
		idf := 0.0
		if d != nil {
			idf, _ = d.IDF(w)
		}
		out = append(out, Keyword{Word: forms[w], Count: all[w], Weight: float64(c) / float64(total) * idf})
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Weight != y.Weight {
			return x.Weight > y.Weight
		}
		if x.Count != y.Count {
			return x.Count > y.Count
		}
		return x.Word < y.Word
	})
	if n >= 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// paragraphWords is a paragraph's text as it is cut (bridged: see
// segment.Bridge), and its words.
type paragraphWords struct {
	text segment.Bridged
	toks []segment.Token
}

// cutParagraphs segments each paragraph as the reader shows it, bridged.
func cutParagraphs(ctx context.Context, seg *segment.Segmenter, a *corpus.Article) ([]paragraphWords, error) {
	out := make([]paragraphWords, len(a.Paragraphs))
	texts := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		out[i].text = segment.Bridge(p.Text)
		texts[i] = out[i].text.Text
	}
	cuts, err := seg.CutAllContext(ctx, texts)
	if err != nil {
		return nil, err
	}
	for i, toks := range cuts {
		out[i].toks = toks
	}
	return out, nil
}
