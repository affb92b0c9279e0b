// Package search finds words across the whole library. Its index maps every
// character of every paragraph to where it occurs, so that any string is
// found by looking up its rarest character and checking the few places
// listed, never by scanning the texts; the segmentation of each paragraph,
// once the dictionary is ready, tells which of those places are whole words.
// Queries are segmented like the documents and passages (paragraphs) are
// ranked by BM25, whole-word matches counting more than matches inside a
// longer word.
//
// Before the segmenter's dictionary has loaded, the same index answers
// plain substring queries; the word level is added in the background.
package search

import (
	"sync"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Index is a search index over articles. It is safe for concurrent use:
// queries may run while articles are added and while the word level is
// being built.
type Index struct {
	seg   *segment.Segmenter
	ready chan struct{} // closed once every passage has its words

	mu       sync.RWMutex
	docs     []*document
	byID     map[string]int     // live document of each id
	passages []passage          // all passages ever added; dead ones stay
	dead     []bool             // by passage: its article was replaced
	chars    map[rune][]posting // where each character occurs
	live     int                // passages not replaced
	runes    int                // total length of live passages, in runes
	words    bool               // every live passage has its word bounds

	// only, when not nil, holds the runes of the one query the index is
	// for: a passage with none of them can never match, so it is counted
	// for the ranking (live, runes) but neither stored nor segmented.
	only map[rune]bool
}

type document struct {
	article *corpus.Article
	first   int // its passages are passages[first : first+len(Paragraphs)]
	dead    bool
	cut     bool // its passages have their words
}

// passage is one paragraph. norm is its Text as searched: bridged (white
// space next to Chinese characters taken out, see segment.Bridge) with ASCII
// letters in lower case, which keeps lengths, so that offsets into norm map
// back to Text through text.
type passage struct {
	doc, para int
	norm      string
	text      segment.Bridged
	runes     int
	bounds    []uint64 // bit i set: a word starts at norm offset i, or i is len(norm); nil until cut
}

// textSpan maps a norm span to the paragraph's Text.
func (p *passage) textSpan(s, e int) (int, int) { return p.text.Span(s, e) }

// posting is one character occurrence: passage, byte offset in it, and the
// character that follows (-1 at the end), so that most candidates for a
// term are ruled in or out without reading the passage.
type posting struct {
	p, off uint32
	next   rune
}

// NewIndex returns an index of the articles. It starts a goroutine that
// waits for seg's dictionary and then segments every passage; until then,
// queries match substrings.
func NewIndex(seg *segment.Segmenter, arts ...*corpus.Article) *Index {
	ix := &Index{
		seg:   seg,
		ready: make(chan struct{}),
		byID:  map[string]int{},
		chars: map[rune][]posting{},
	}
	for _, a := range arts {
		ix.add(a, nil)
	}
	go ix.fill()
	return ix
}

// NewQueryIndex is NewIndex for one query only, as the command line runs
// it: passages without any character of query are counted, as BM25 needs
// them, but not kept, so memory follows the matches rather than the
// texts. Query ranks the same as on a full index for that query.
func NewQueryIndex(seg *segment.Segmenter, query string, arts ...*corpus.Article) *Index {
	ix := &Index{
		seg:   seg,
		ready: make(chan struct{}),
		byID:  map[string]int{},
		chars: map[rune][]posting{},
		only:  map[rune]bool{},
	}
	for _, r := range segment.FoldASCII(segment.Bridge(query).Text) {
		if !hanzi.IsBlank(r) {
			ix.only[r] = true
		}
	}
	for _, a := range arts {
		ix.add(a, nil)
	}
	go ix.fill()
	return ix
}

// skipped reports whether a passage of text is only counted: it has none
// of the query's characters.
func (ix *Index) skipped(norm string) bool {
	if ix.only == nil {
		return false
	}
	for _, r := range norm {
		if ix.only[r] {
			return false
		}
	}
	return true
}

// Ready is closed once queries use words: the dictionary has loaded and
// every article added so far is segmented.
func (ix *Index) Ready() <-chan struct{} { return ix.ready }

// IsReady reports whether queries use words rather than plain substrings.
func (ix *Index) IsReady() bool {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.words
}

// Len returns the number of articles in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.byID)
}

// Add indexes an article, replacing any article with the same id. Once the
// dictionary is ready it segments the article first, in the caller's
// goroutine (about 10 ms for a long report).
func (ix *Index) Add(a *corpus.Article) {
	var words [][]uint64
	if ix.seg.IsReady() {
		words = wordBounds(ix.seg, searchedTexts(a))
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if words == nil && ix.words {
		// The dictionary became ready after the check above and the
		// background pass has finished: segment here.
		words = wordBounds(ix.seg, searchedTexts(a))
	}
	ix.add(a, words)
}

// Remove drops the article with this id from the index and reports whether
// there was one.
func (ix *Index) Remove(id string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	i, ok := ix.byID[id]
	if !ok {
		return false
	}
	ix.kill(ix.docs[i])
	delete(ix.byID, id)
	return true
}

// kill marks a document's passages dead. Their postings stay, skipped by
// find; re-adding or removing articles by the thousand would call for a
// rebuild, which the library never does.
func (ix *Index) kill(d *document) {
	d.dead = true
	for i := range d.article.Paragraphs {
		ix.dead[d.first+i] = true
		ix.live--
		ix.runes -= ix.passages[d.first+i].runes
	}
}

// add indexes a; words, when not nil, are its paragraphs' word bounds. ix.mu must
// be held (or ix not yet shared).
func (ix *Index) add(a *corpus.Article, words [][]uint64) {
	if old, ok := ix.byID[a.ID]; ok {
		ix.kill(ix.docs[old])
	}
	d := &document{article: a, first: len(ix.passages), cut: words != nil}
	ix.byID[a.ID] = len(ix.docs)
	ix.docs = append(ix.docs, d)
	for i, para := range a.Paragraphs {
		p := passage{doc: len(ix.docs) - 1, para: i, text: segment.Bridge(para.Text)}
		p.norm = segment.FoldASCII(p.text.Text)
		if ix.skipped(p.norm) {
			p = passage{doc: p.doc, para: i, runes: utf8.RuneCountInString(p.norm), bounds: []uint64{1}}
		}
		if words != nil && p.bounds == nil {
			p.bounds = words[i]
		}
		id := uint32(len(ix.passages))
		for off := 0; off < len(p.norm); {
			r, n := utf8.DecodeRuneInString(p.norm[off:])
			next := rune(-1)
			if off+n < len(p.norm) {
				next, _ = utf8.DecodeRuneInString(p.norm[off+n:])
			}
			p.runes++
			if !hanzi.IsBlank(r) {
				ix.chars[r] = append(ix.chars[r], posting{id, uint32(off), next})
			}
			off += n
		}
		ix.live++
		ix.runes += p.runes
		ix.passages = append(ix.passages, p)
		ix.dead = append(ix.dead, false)
	}
}

// fill waits for the dictionary, then segments every passage that has no
// words yet, one article at a time without holding the lock while cutting,
// and switches queries to words when none is left.
func (ix *Index) fill() {
	<-ix.seg.Ready()
	for {
		ix.mu.RLock()
		var todo *corpus.Article
		for _, d := range ix.docs {
			if !d.dead && ix.uncut(d) {
				todo = d.article
				break
			}
		}
		ix.mu.RUnlock()
		if todo == nil {
			break
		}
		words := wordBounds(ix.seg, ix.keptTexts(todo))
		ix.mu.Lock()
		if i, ok := ix.byID[todo.ID]; ok && ix.docs[i].article == todo {
			d := ix.docs[i]
			for k := range todo.Paragraphs {
				if p := &ix.passages[d.first+k]; p.bounds == nil {
					p.bounds = words[k]
				}
			}
			d.cut = true
		}
		ix.mu.Unlock()
	}
	ix.mu.Lock()
	ix.words = true
	ix.mu.Unlock()
	close(ix.ready)
}

// uncut reports whether a document's passages still need their words.
func (ix *Index) uncut(d *document) bool { return !d.cut && len(d.article.Paragraphs) > 0 }

// keptTexts are the searched texts of an article's passages that still
// need their words, "" for the others; read under the read lock.
func (ix *Index) keptTexts(a *corpus.Article) []string {
	texts := make([]string, len(a.Paragraphs))
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	first := ix.docs[ix.byID[a.ID]].first
	for i := range a.Paragraphs {
		if p := &ix.passages[first+i]; p.bounds == nil {
			texts[i] = p.text.Text
		}
	}
	return texts
}

// searchedTexts are the searched forms of an article's paragraphs.
func searchedTexts(a *corpus.Article) []string {
	texts := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		texts[i] = segment.Bridge(p.Text).Text
	}
	return texts
}

// wordBounds segments texts a slice at a time and keeps only where words
// start, a bit a byte: the tokens of a 30 MB article take ten times the
// text, the bits an eighth of it.
func wordBounds(seg *segment.Segmenter, texts []string) [][]uint64 {
	const slice = 256 << 10
	out := make([][]uint64, len(texts))
	for i := 0; i < len(texts); {
		j, size := i, 0
		for j < len(texts) && (j == i || size+len(texts[j]) <= slice) {
			size += len(texts[j]) + 1
			j++
		}
		for k, toks := range seg.CutAll(texts[i:j]) {
			out[i+k] = bounds(toks, len(texts[i+k]))
		}
		i = j
	}
	return out
}

// bounds returns the bit set of the offsets where the tokens start, and n;
// never nil.
func bounds(toks []segment.Token, n int) []uint64 {
	b := make([]uint64, n/64+1)
	for _, t := range toks {
		b[t.Start/64] |= 1 << (t.Start % 64)
	}
	b[n/64] |= 1 << (n % 64)
	return b
}

// rarest returns the byte offset in q of its character with the fewest
// occurrences, leaving out the last character when q has more than one so
// that the one after it can be checked; the rune after it (-1 if none); and
// the occurrences.
func (ix *Index) rarest(q string) (int, rune, []posting) {
	var best []posting
	bestAt, bestNext := -1, rune(-1)
	for at, r := range q {
		_, n := utf8.DecodeRuneInString(q[at:])
		next := rune(-1)
		if at+n < len(q) {
			next, _ = utf8.DecodeRuneInString(q[at+n:])
		} else if bestAt >= 0 {
			break
		}
		ps := ix.chars[r]
		if bestAt < 0 || len(ps) < len(best) {
			best, bestAt, bestNext = ps, at, next
		}
	}
	return bestAt, bestNext, best
}

// occurrence is one match of a term, in passage p at byte offsets of its
// norm; whole tells whether it starts and ends on word boundaries.
type occurrence struct {
	p          uint32
	start, end int32
	whole      bool
}

// find returns every occurrence of the folded term q in live passages, in
// index order: by passage, then by offset.
func (ix *Index) find(q string) []occurrence {
	if q == "" || !utf8.ValidString(q) {
		return nil
	}
	k, next, cands := ix.rarest(q)
	out := make([]occurrence, 0, len(cands)/2+8)
	// Terms of one or two characters are settled by the postings alone.
	_, n := utf8.DecodeRuneInString(q[k:])
	verify := k > 0 || next < 0 && len(q) != n || next >= 0 && len(q) != n+utf8.RuneLen(next)
	for _, c := range cands {
		if next >= 0 && c.next != next || ix.dead[c.p] {
			continue
		}
		start := int(c.off) - k
		p := &ix.passages[c.p]
		if verify && (start < 0 || start+len(q) > len(p.norm) || p.norm[start:start+len(q)] != q) {
			continue
		}
		out = append(out, occurrence{c.p, int32(start), int32(start + len(q)), p.onBounds(start, start+len(q))})
	}
	return out
}

// onBounds reports whether [s,e) starts and ends where words do.
func (p *passage) onBounds(s, e int) bool {
	return p.bounds != nil && p.bounds[s/64]&(1<<(s%64)) != 0 && p.bounds[e/64]&(1<<(e%64)) != 0
}
