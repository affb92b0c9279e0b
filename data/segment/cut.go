package segment

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// Token is one word of a text: Text is text[Start:End] of the string given
// to Cut.
type Token struct {
	Start, End int
	Text       string
}

// unit is one step of gse's segmentation: a character, or a run of Latin
// letters and digits (gse's SplitTextToWords), as a byte span.
type unit struct{ start, end int }

// units splits s the way gse's Segmenter.SplitTextToWords does (AlphaNum
// off): a character of at most two bytes that is a letter or a digit joins
// the run before it; any other character is a unit of its own.
func units(s string) []unit {
	out := make([]unit, 0, len(s)/3+1)
	runStart := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			if runStart < 0 {
				runStart = i
			}
		} else {
			if runStart >= 0 {
				out = append(out, unit{runStart, i})
				runStart = -1
			}
			out = append(out, unit{i, i + n})
		}
		i += n
	}
	if runStart >= 0 {
		out = append(out, unit{runStart, len(s)})
	}
	return out
}

// countUnits returns len(units(s)) without allocating.
func countUnits(s string) int {
	n, inRun := 0, false
	for _, r := range s {
		if utf8.RuneLen(r) <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			if !inRun {
				n++
			}
			inRun = true
		} else {
			n++
			inRun = false
		}
	}
	return n
}

// massWord stands for the frequency of every dictionary word that a text
// does not contain. Two Unicode noncharacters: it can never match a text.
const massWord = "\ufdd0\ufdd1"

// Cut segments text with gse's shortest-path segmenter (gse.Segmenter.Segment,
// the default of its Cut without HMM) and returns the words in order with
// their byte spans; every byte of text belongs to exactly one token.
//
// gse keeps its dictionary in a trie that takes about 130 MB for the
// simplified Chinese word list. Cut builds instead, for each text, a gse
// dictionary holding only the words that occur in that text, plus one
// placeholder word carrying the frequency of all the others so that the
// total frequency, and with it every word's cost, is the same as with the
// whole dictionary. Words that do not occur in a text can take no part in
// its segmentation, so the result is exactly what gse gives with the full
// dictionary (TestCutMatchesGse checks it), for a few megabytes.
func (d *Dict) Cut(text string) []Token {
	if text == "" {
		return nil
	}
	seg := d.segmenterFor(text)
	segs := seg.Segment([]byte(text))
	out := make([]Token, len(segs))
	for i, s := range segs {
		out[i] = Token{Start: s.Start(), End: s.End(), Text: text[s.Start():s.End()]}
	}
	return out
}

// CutAll cuts several texts, such as the paragraphs of an article, at the
// cost of one: the texts share one gse dictionary (one per batch of about
// cutBatch bytes, so that a long document does not need one large
// segmentation all at once). The result is the same as cutting each text on
// its own.
func (d *Dict) CutAll(texts []string) [][]Token {
	out, _ := d.CutAllContext(context.Background(), texts)
	return out
}

// CutAllContext is CutAll that stops when ctx is done (the user cancelled
// a 10 MB article's analysis): it looks at ctx before each batch of
// cutBatch bytes and in it, and returns ctx's error and no tokens.
func (d *Dict) CutAllContext(ctx context.Context, texts []string) ([][]Token, error) {
	out := make([][]Token, len(texts))
	for i := 0; i < len(texts); {
		j, size := i, 0
		for j < len(texts) && (j == i || size+len(texts[j]) <= cutBatch) {
			size += len(texts[j]) + 1
			j++
		}
		if err := d.cutBatch(ctx, texts[i:j], out[i:j]); err != nil {
			return nil, err
		}
		i = j
	}
	return out, nil
}

// cutBatch is how many bytes of text CutAll segments at once.
const cutBatch = 256 << 10

// cutBatch looks at ctx before each of its halves: building the batch's
// dictionary and segmenting (about a tenth of a second each).
func (d *Dict) cutBatch(ctx context.Context, texts []string, out [][]Token) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var b strings.Builder
	for i, t := range texts {
		if i > 0 {
			b.WriteByte('\n') // no word spans a line break: cuts stay apart
		}
		b.WriteString(t)
	}
	all := b.String()
	if all == "" {
		return nil
	}
	seg := d.segmenterFor(all)
	if err := ctx.Err(); err != nil {
		return err
	}
	segs := seg.Segment([]byte(all))
	i, base := 0, 0 // text i starts at byte base of all
	for _, s := range segs {
		for i < len(texts) && s.Start() >= base+len(texts[i]) {
			base += len(texts[i]) + 1
			i++
		}
		if i == len(texts) || s.Start() < base {
			continue // a separator
		}
		t := texts[i]
		out[i] = append(out[i], Token{Start: s.Start() - base, End: s.End() - base, Text: t[s.Start()-base : s.End()-base]})
	}
	return nil
}

// segmenterFor builds the gse segmenter of the dictionary words found in
// text at unit boundaries.
func (d *Dict) segmenterFor(text string) *gse.Segmenter {
	lower := FoldASCII(text)
	us := units(lower)
	var found []int // entries of the words found, with repeats
	// Texts repeat their words: remember where each prefix of two units or
	// more starts (-1: no word starts with it).
	seen := make(map[string]int, len(us))
	for i := range us {
		r, n := utf8.DecodeRuneInString(lower[us[i].start:])
		rg, ok := d.first[r]
		if !ok {
			continue
		}
		lo, hi := int(rg[0]), int(rg[1])
		for j := i; j < len(us) && j-i < d.units; j++ {
			prefix := lower[us[i].start:us[j].end]
			if j == i && len(prefix) == n {
				// One character: every entry of its range starts with
				// it, the character itself first if it is a word.
				if d.word(lo) == prefix && d.freq[lo] > 0 {
					found = append(found, lo)
				}
				continue
			}
			at, ok := seen[prefix]
			if !ok {
				at = d.lowerBound(lo, hi, prefix)
				switch {
				case at == hi || !strings.HasPrefix(d.word(at), prefix):
					at = -1
				case d.word(at) == prefix && d.freq[at] > 0:
					found = append(found, at)
				}
				seen[prefix] = at
			}
			if at < 0 {
				break // no longer word starts with this prefix either
			}
			lo = at
		}
	}
	seg := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
	seg.Dict = gse.NewDict()
	var sum float64
	// Once each, in byte order: the trie grows with fewer relocations.
	slices.Sort(found)
	found = slices.Compact(found)
	for _, i := range found {
		f := float64(d.freq[i])
		seg.Dict.AddToken(seg.ToToken(d.word(i), f))
		sum += f
	}
	if rest := d.total - sum; rest > 0 {
		seg.Dict.AddToken(seg.ToToken(massWord, rest))
	}
	seg.CalcToken()
	return seg
}

// lowerBound returns the first entry in [lo,hi) not less than prefix.
func (d *Dict) lowerBound(lo, hi int, prefix string) int {
	return lo + searchInts(hi-lo, func(k int) bool { return d.word(lo+k) >= prefix })
}

// searchInts is sort.Search, spelt out so that it inlines.
func searchInts(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}
