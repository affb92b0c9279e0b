package search

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Span is a byte range [Start, End).
type Span struct{ Start, End int }

// Passage is one matching paragraph of an article.
type Passage struct {
	Para int // index into the article's Paragraphs
	// Score ranks passages: the number of the query's terms the paragraph
	// contains, plus its BM25 squashed into [0, 1) as bm25/(bm25+1), so that
	// a passage with more of the terms always ranks higher and BM25 orders
	// passages with as many.
	Score float64
	// Start and End are the byte span, in the article's Raw bytes, of the
	// first matched term in reading order: where the reader jumps to.
	Start, End int
	// Matches are the Raw byte spans of every matched term in the
	// paragraph, in order, for the reader to mark.
	Matches []Span
	// Snippet is a short stretch of the paragraph around the first match,
	// with … where it is cut; Marks are the byte spans of the matched terms
	// within Snippet, for highlighting.
	Snippet string
	Marks   []Span
}

// Hit is one article that matches, with its best passage (whose Score is the
// article's score) and its other matching passages, best first.
type Hit struct {
	Doc string // the article's id
	Passage
	More []Passage
}

// BM25 parameters, the usual ones.
const (
	k1 = 1.2
	b  = 0.75
	// partWeight is what a match inside a longer word (医药 in 生物医药) or
	// across word boundaries counts, against 1 for a whole word.
	partWeight = 0.5
	// asideWeight is what a match in a caption or page furniture counts
	// (see passageWeight).
	asideWeight = 0.3
	// snippetRunes is the length of a snippet, and snippetLead how much of
	// it comes before the first match.
	snippetRunes = 60
	snippetLead  = 14
)

// Query returns the articles matching q, best first, at most limit of them
// (all when limit <= 0). q is segmented like the documents; each word is a
// term, a run of single characters the dictionary did not join (马村,
// an abbreviation) is one term, and a lone character written against a word
// joins it (健康元). A passage scores the BM25 sum of its terms
// (a whole-word occurrence counting 1, one inside a longer word ½), plus
// the terms written together as a phrase, scaled down in photo captions
// and page furniture; passages with more of the terms come first whatever
// their BM25 (see Passage.Score).
// Before the dictionary is ready, terms are q's parts between spaces and
// punctuation, matched as plain substrings. ASCII letters match in any case.
func (ix *Index) Query(q string, limit int) []Hit {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	terms := ix.terms(q)
	if len(terms) == 0 || ix.live == 0 {
		return nil
	}
	n := float64(ix.live)
	avg := float64(ix.runes) / n
	type acc struct {
		p     uint32
		score float64
		terms int // distinct terms matched
	}
	var accs []acc
	at := make([]int32, len(ix.passages)) // passage -> 1 + its index in accs
	found := make([][]occurrence, len(terms))
	add := func(occ []occurrence, isTerm bool) {
		df := 0
		for i := range occ {
			if i == 0 || occ[i].p != occ[i-1].p {
				df++
			}
		}
		idf := math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
		for i := 0; i < len(occ); {
			p := occ[i].p
			tf := 0.0
			for ; i < len(occ) && occ[i].p == p; i++ {
				if occ[i].whole || !ix.words {
					tf++
				} else {
					tf += partWeight
				}
			}
			dl := float64(ix.passages[p].runes)
			j := at[p] - 1
			if j < 0 {
				if !isTerm {
					continue // only passages with a term count
				}
				j = int32(len(accs))
				at[p] = j + 1
				accs = append(accs, acc{p: p})
			}
			accs[j].score += ix.passageWeight(p) * idf * tf * (k1 + 1) / (tf + k1*(1-b+b*dl/avg))
			if isTerm {
				accs[j].terms++
			}
		}
	}
	for i, t := range terms {
		found[i] = ix.find(t)
		add(found[i], true)
	}
	if len(terms) > 1 {
		add(ix.find(strings.Join(terms, "")), false)
	}
	score := func(p uint32) float64 { return accs[at[p]-1].score }

	// Group passages by article; an article scores its best passage.
	type group struct {
		doc  int
		best float64
		ps   []uint32
	}
	groups := map[int]*group{}
	for i := range accs {
		a := &accs[i]
		a.score = float64(a.terms) + a.score/(a.score+1)
		d := ix.passages[a.p].doc
		g := groups[d]
		if g == nil {
			g = &group{doc: d}
			groups[d] = g
		}
		g.ps = append(g.ps, a.p)
		g.best = max(g.best, a.score)
	}
	list := make([]*group, 0, len(groups))
	for _, g := range groups {
		list = append(list, g)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].best != list[j].best {
			return list[i].best > list[j].best
		}
		return ix.docs[list[i].doc].article.ID < ix.docs[list[j].doc].article.ID
	})
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	hits := make([]Hit, 0, len(list))
	for _, g := range list {
		sort.Slice(g.ps, func(i, j int) bool {
			si, sj := score(g.ps[i]), score(g.ps[j])
			if si != sj {
				return si > sj
			}
			return g.ps[i] < g.ps[j]
		})
		a := ix.docs[g.doc].article
		h := Hit{Doc: a.ID}
		for k, p := range g.ps {
			ps := ix.passage(a, p, score(p), occurrencesIn(found, p))
			if k == 0 {
				h.Passage = ps
			} else {
				h.More = append(h.More, ps)
			}
		}
		hits = append(hits, h)
	}
	return hits
}

// passageWeight scales the BM25 of passage p: a photo caption or page
// furniture scores less than the body. A caption is short, so BM25's length
// normalisation would otherwise put 生物医药产业园区建设现场 本报记者 摄
// above the paragraphs about the industry; weighing the term frequency
// instead (as BM25F does) is not enough against 001's long run-together
// columns.
func (ix *Index) passageWeight(p uint32) float64 {
	ps := &ix.passages[p]
	switch ix.docs[ps.doc].article.Paragraphs[ps.para].Kind {
	case corpus.Caption, corpus.Furniture:
		return asideWeight
	}
	return 1
}

// occurrencesIn gathers the occurrences of every term in passage p.
func occurrencesIn(found [][]occurrence, p uint32) []occurrence {
	var out []occurrence
	for _, occ := range found {
		i := sort.Search(len(occ), func(i int) bool { return occ[i].p >= p })
		for ; i < len(occ) && occ[i].p == p; i++ {
			out = append(out, occ[i])
		}
	}
	return out
}

// terms splits a query into folded search terms, without duplicates.
func (ix *Index) terms(q string) []string { return terms(ix.seg, ix.words, q) }

// Terms splits a query into folded search terms as Index.Query does once
// the dictionary is ready, for other stores of the same texts (the library's
// persisted index) to search and rank alike.
func Terms(seg *segment.Segmenter, q string) []string { return terms(seg, true, q) }

func terms(seg *segment.Segmenter, words bool, q string) []string {
	var out []string
	seen := map[string]bool{}
	addTerm := func(t string) {
		t = segment.FoldASCII(t)
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	if !words {
		for _, part := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }) {
			addTerm(part)
		}
		return out
	}
	q = segment.Bridge(q).Text // cut like the documents
	toks := seg.Cut(q)
	var function []string // function characters, kept only if nothing else is
	// The last term, q[ps:pe], is added once the next is known: a lone
	// character may still join it.
	ps, pe := 0, 0
	flush := func() {
		if pe > ps {
			addTerm(q[ps:pe])
		}
		ps, pe = 0, 0
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !segment.IsWord(t.Text) {
			continue
		}
		if isFunction(t.Text) {
			function = append(function, t.Text)
			continue
		}
		// A run of single Han characters, one after the other, is one term:
		// a name or abbreviation the dictionary does not know (马村).
		start, end := t.Start, t.End
		for j := i; j+1 < len(toks) && singleHan(toks[j].Text) && singleHan(toks[j+1].Text) &&
			!isFunction(toks[j+1].Text) && toks[j+1].Start == toks[j].End; j++ {
			end = toks[j+1].End
			i = j + 1
		}
		// A lone character written against a word belongs to it: 健康元 is
		// a company, not 健康 and every 元 of the corpus.
		lone := singleHan(q[start:end])
		next := i+1 < len(toks) && toks[i+1].Start == end && segment.IsWord(toks[i+1].Text) && !isFunction(toks[i+1].Text)
		switch {
		case lone && pe > ps && pe == start:
			pe = end
		case lone && next:
			flush()
			i++ // the word it belongs to
			ps, pe = start, toks[i].End
		default:
			flush()
			ps, pe = start, end
		}
	}
	flush()
	if len(out) == 0 {
		for _, f := range function {
			addTerm(f)
		}
	}
	return out
}

// isFunction reports a single function character (的, 和, 在…): in a query
// of other words it carries no meaning and would match almost every
// passage, or glue itself to a name (马村的).
func isFunction(s string) bool {
	return len(s) == len("的") && strings.Contains(functionChars, s)
}

const functionChars = "的了和与及或是在把被对之等也都而"

func singleHan(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && hanzi.IsHan(r)
}

// passage builds the result for passage p of article a from its term
// occurrences.
func (ix *Index) passage(a *corpus.Article, p uint32, score float64, occ []occurrence) Passage {
	return passageOf(a, &ix.passages[p], score, occ)
}

func passageOf(a *corpus.Article, pa *passage, score float64, occ []occurrence) Passage {
	para := &a.Paragraphs[pa.para]
	spans := make([]Span, len(occ))
	first := -1
	for i, o := range occ {
		s, e := pa.textSpan(int(o.start), int(o.end))
		spans[i] = Span{s, e}
		// The first matched term: the first occurrence in reading order,
		// the longer of two that start together.
		if first < 0 || s < spans[first].Start || s == spans[first].Start && e > spans[first].End {
			first = i
		}
	}
	out := Passage{Para: pa.para, Score: score}
	if first >= 0 {
		out.Start, out.End = para.RawOffset(spans[first].Start), para.RawOffset(spans[first].End-1)+1
	}
	spans = mergeSpans(spans)
	for _, s := range spans {
		out.Matches = append(out.Matches, Span{para.RawOffset(s.Start), para.RawOffset(s.End-1) + 1})
	}
	out.Snippet, out.Marks = snippet(para.Text, spans)
	return out
}

// mergeSpans sorts the spans and joins those that overlap or touch.
func mergeSpans(spans []Span) []Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []Span
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// snippet cuts about snippetRunes characters of text around the first span
// and returns them, with … at each cut, and the spans inside it moved to
// snippet offsets.
func snippet(text string, spans []Span) (string, []Span) {
	if len(spans) == 0 {
		return "", nil
	}
	start := hanzi.Back(text, spans[0].Start, snippetLead)
	end := hanzi.Forward(text, start, snippetRunes)
	for _, s := range spans { // a match is never cut at the end
		if s.Start < end && s.End > end {
			end = s.End
		}
	}
	var sb strings.Builder
	shift := -start
	if start > 0 {
		sb.WriteString("…")
		shift += len("…")
	}
	sb.WriteString(text[start:end])
	if end < len(text) {
		sb.WriteString("…")
	}
	var marks []Span
	for _, s := range spans {
		if s.Start >= end {
			break
		}
		if s.End <= start {
			continue
		}
		marks = append(marks, Span{s.Start + shift, s.End + shift})
	}
	return joinLines(sb.String(), marks)
}

// joinLines makes a snippet one run of text, as a result list shows it: a
// line break (with the white space around it) between Chinese characters
// goes, as the line ends of a printed column say nothing; elsewhere it
// becomes one space. The marks move with the text. Spaces within a line
// (OCR's, 5. 0%) stay: they are in the text the reader shows.
func joinLines(text string, marks []Span) (string, []Span) {
	if !strings.ContainsAny(text, "\r\n") {
		return text, marks
	}
	var sb strings.Builder
	newOffset := make([]int, len(text)+1) // byte offset in text → in the result
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && isSpaceByte(text[j]) {
			j++
		}
		if j > i && strings.ContainsAny(text[i:j], "\r\n") {
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[j:])
			for k := i; k < j; k++ {
				newOffset[k] = sb.Len()
			}
			if i > 0 && j < len(text) && !(wide(before) && wide(after)) {
				sb.WriteByte(' ')
			}
			i = j
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		for k := i; k < i+n; k++ {
			newOffset[k] = sb.Len()
		}
		sb.WriteString(text[i : i+n])
		i += n
	}
	newOffset[len(text)] = sb.Len()
	out := make([]Span, 0, len(marks))
	for _, m := range marks {
		if s, e := newOffset[m.Start], newOffset[m.End]; s < e {
			out = append(out, Span{s, e})
		}
	}
	return sb.String(), out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// wide reports a character set full width (Chinese, full-width
// punctuation), between which no space is written.
func wide(r rune) bool { return r >= 0x2E80 }
