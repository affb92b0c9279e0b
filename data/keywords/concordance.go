package keywords

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Line is one occurrence of a word in context (keyword in context). Start
// and End are the byte span of the word in the article's Raw bytes; Para is
// the paragraph it is in. Left and Right are up to width characters of the
// paragraph on either side, with white space shown as single spaces.
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
	for i, toks := range cutParagraphs(seg, a) {
		for _, t := range toks {
			if strings.EqualFold(t.Text, word) {
				out = append(out, line(a, i, t.Start, t.End, width))
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for i := range a.Paragraphs {
		text := a.Paragraphs[i].Text
		for at := 0; ; {
			k := strings.Index(text[at:], word)
			if k < 0 {
				break
			}
			out = append(out, line(a, i, at+k, at+k+len(word), width))
			at += k + len(word)
		}
	}
	return out
}

// line makes the Line of the word at [s,e) of paragraph i's Text.
func line(a *corpus.Article, i, s, e, width int) Line {
	p := &a.Paragraphs[i]
	text := p.Text
	l := s
	for n := 0; n < width && l > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:l])
		l -= size
	}
	r := e
	for n := 0; n < width && r < len(text); n++ {
		_, size := utf8.DecodeRuneInString(text[r:])
		r += size
	}
	return Line{
		Para:  i,
		Start: p.RawOffset(s),
		End:   p.RawOffset(e-1) + 1,
		Left:  spaces(text[l:s]),
		Word:  text[s:e],
		Right: spaces(text[e:r]),
	}
}

func spaces(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
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
