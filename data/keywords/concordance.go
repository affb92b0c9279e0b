package keywords

import (
	"context"
	"strings"

	"golang.org/x/text/width"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Line is one occurrence of a word in context (keyword in context). Start
// and End are the byte span of the word in the article's Raw bytes (a space
// or line break OCR left inside the word included); Para is the paragraph
// it is in. Left and Right are up to width characters of the paragraph on
// either side, without the spaces OCR leaves between Chinese characters,
// other white space shown as single spaces.
type Line struct {
	Para       int
	Start, End int
	Left       string
	Word       string
	Right      string
}

// Concordance returns every occurrence of word in the article, in reading
// order, with width characters of context on each side. An occurrence is a
// token of the segmentation equal to word (ASCII case ignored), so that 生物
// does not match inside 生物医药; a word that is never a whole token, as
// when typed by hand, is matched as a substring instead. It waits for the
// segmenter's dictionary.
func Concordance(seg *segment.Segmenter, a *corpus.Article, word string, width int) []Line {
	word = strings.TrimSpace(word)
	if word == "" {
		return nil
	}
	var out []Line
	paras, _ := cutParagraphs(context.Background(), seg, a) // never cancelled
	for i, pw := range paras {
		for _, t := range pw.toks {
			if strings.EqualFold(t.Text, word) {
				out = append(out, line(a, i, &pw.text, t.Start, t.End, width))
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for i := range paras {
		b := &paras[i].text
		for at := 0; ; {
			k := strings.Index(b.Text[at:], word)
			if k < 0 {
				break
			}
			out = append(out, line(a, i, b, at+k, at+k+len(word), width))
			at += k + len(word)
		}
	}
	return out
}

// line makes the Line of the word at [s,e) of paragraph i's bridged text b.
func line(a *corpus.Article, i int, b *segment.Bridged, s, e, width int) Line {
	p := &a.Paragraphs[i]
	text := b.Text
	l, r := hanzi.Widen(text, s, e, width)
	ts, te := b.Span(s, e)
	return Line{
		Para:  i,
		Start: p.RawOffset(ts),
		End:   p.RawOffset(te-1) + 1,
		Left:  spaces(text[l:s]),
		Word:  text[s:e],
		Right: spaces(text[e:r]),
	}
}

func spaces(s string) string {
	return strings.Map(func(r rune) rune {
		if hanzi.IsBlank(r) {
			return ' '
		}
		return r
	}, s)
}

// Columns returns how many columns s takes in a monospaced CJK font: two
// for wide and full-width characters (Han, kana, full-width forms), one for
// the rest.
func Columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// Format renders the line with its word starting at column 2*width+1, the
// left context padded with spaces on the left: lines of one concordance
// formatted with the same width align on the word in a monospaced font.
func (l Line) Format(width int) string {
	pad := 2*width - Columns(l.Left)
	if pad < 0 {
		pad = 0
	}
	return strings.Repeat(" ", pad) + l.Left + " " + l.Word + " " + l.Right
}
