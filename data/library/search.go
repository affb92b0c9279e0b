package library

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/zhibiao/zhibiao/data/corpus"

	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Column weights of passage_words in BM25: body, aside (captions and page
// furniture, as search.asideWeight) and part (a word inside a longer word,
// as search.partWeight).
const rankWeights = "1.0, 0.3, 0.5"

// candidatesPerHit is how many articles FTS5 proposes per hit wanted; they
// are re-scored as search scores them (how many of the query's terms the
// passage holds, then BM25) and the best kept. Reading and parsing each
// candidate's text is most of a query's time, and the articles with every
// term already come first (see Search), so one per hit.
const candidatesPerHit = 1

// Search returns the articles matching the query, best first, at most limit
// (all when limit <= 0), as search.Index.Query does: the query is
// segmented like the texts, a passage (paragraph) with more of its terms
// ranks first and BM25 orders passages with as many, an article scores its
// best passage, and each hit has the span of the passage's first matched
// term and a snippet. FTS5 finds and ranks the passages; only the hits'
// texts are read.
func (l *Library) Search(query string, limit int) ([]search.Hit, error) {
	seg := l.seg()
	terms := search.Terms(seg, query)
	var phrases []string
	for _, t := range terms {
		if p := ftsPhrase(seg, t); p != "" {
			phrases = append(phrases, p)
		}
	}
	if len(phrases) == 0 {
		return nil, nil
	}
	want := -1
	if limit > 0 {
		want = limit * candidatesPerHit
	}
	var cands []candidate
	seen := map[string]bool{}
	if len(phrases) > 1 {
		c, err := l.candidates(strings.Join(phrases, " AND "), want, seen)
		if err != nil {
			return nil, err
		}
		cands = c
	}
	if want < 0 || len(cands) < want {
		more := want
		if want > 0 {
			more = want - len(cands)
		}
		c, err := l.candidates(strings.Join(phrases, " OR "), more, seen)
		if err != nil {
			return nil, err
		}
		cands = append(cands, c...)
	}
	hits, err := l.excerpts(cands, terms)
	if err != nil {
		return nil, err
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].Doc < hits[j].Doc
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// excerptWorkers parse the hits' texts for their snippets at once: after
// the index, parsing twenty texts is most of a query's time.
const excerptWorkers = 2

// excerpts scores each candidate as search does and cuts its snippet,
// reading and parsing the texts on excerptWorkers goroutines.
func (l *Library) excerpts(cands []candidate, terms []string) ([]search.Hit, error) {
	hits := make([]search.Hit, len(cands))
	errs := make([]error, len(cands))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(excerptWorkers, len(cands)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				c := cands[i]
				a, err := l.parsed(c.doc)
				if err != nil {
					errs[i] = err
					continue
				}
				bm := -c.rank
				p, matched := search.Excerpt(a, c.para, terms, 0)
				p.Score = float64(max(matched, 1)) + bm/(bm+1)
				hits[i] = search.Hit{Doc: c.doc, Passage: p}
			}
		}()
	}
	for i := range cands {
		next <- i
	}
	close(next)
	wg.Wait()
	return hits, errors.Join(errs...)
}

// parsed is the article's text parsed, as Load gives it but without the
// metadata, which a snippet does not need.
func (l *Library) parsed(id string) (*corpus.Article, error) {
	if l.seeds.has(id) {
		var embedded bool
		if err := l.db.QueryRow("SELECT embedded FROM articles WHERE id = ?", id).Scan(&embedded); err == nil && embedded {
			return l.seeds.article(id)
		}
	}
	raw, err := l.Text(id)
	if err != nil {
		return nil, err
	}
	return corpus.Parse(id, raw), nil
}

// candidate is an article's best passage for a match expression.
type candidate struct {
	doc  string
	para int
	rank float64 // FTS5's bm25: lower is better
}

// passagesPerHit is how many of the best passages are first looked up for
// each article wanted: an article often has a few passages that match.
// When they come from too few articles, four times as many are read.
const passagesPerHit = 8

// candidates returns up to n articles (all when n < 0) matching the FTS5
// expression, best passage first, leaving out and adding to seen.
//
// FTS5 ranks every matching passage (bm25 reads each one's column sizes;
// that is the floor of a query's time), but only the best few hundred are
// joined to their articles: an article's best passage is the first of its
// passages in rank order, so the first n articles of the best passages
// are the n best articles. Grouping every match by article, as a GROUP BY
// over all of them does, cost as much again for a common word.
func (l *Library) candidates(match string, n int, seen map[string]bool) ([]candidate, error) {
	if n == 0 {
		return nil, nil
	}
	k := -1 // every passage
	if n > 0 {
		k = (n + len(seen)) * passagesPerHit
	}
	for {
		out, read, err := l.bestPassages(match, n, k, seen)
		if err != nil || k < 0 || read < k || len(out) == n {
			for _, c := range out {
				seen[c.doc] = true
			}
			return out, err
		}
		k *= 4 // the best k passages held fewer than n articles
	}
}

// bestPassages reads the k best passages (all when k < 0) and returns the
// first passage of each article not seen, up to n, and how many passages
// it read.
func (l *Library) bestPassages(match string, n, k int, seen map[string]bool) ([]candidate, int, error) {
	rows, err := l.db.Query(`SELECT a.id, p.para, m.r FROM (
			SELECT rowid, bm25(passage_words, `+rankWeights+`) AS r FROM passage_words
			WHERE passage_words MATCH ? ORDER BY r LIMIT ?) m
		JOIN passages p ON p.rowid = m.rowid
		JOIN articles a ON a.rowid = p.article
		WHERE a.removed = ''
		ORDER BY m.r, a.id, p.para`, match, k)
	if err != nil {
		return nil, 0, fmt.Errorf("search %s: %w", match, err)
	}
	defer rows.Close()
	var out []candidate
	got := map[string]bool{}
	read := 0
	for rows.Next() {
		read++
		var c candidate
		if err := rows.Scan(&c.doc, &c.para, &c.rank); err != nil {
			return nil, read, err
		}
		if seen[c.doc] || got[c.doc] {
			continue
		}
		got[c.doc] = true
		out = append(out, c)
		if n > 0 && len(out) == n {
			break
		}
	}
	return out, read, rows.Err()
}

// ftsPhrase turns a search term into an FTS5 phrase of its words, cut as
// the texts are: "生物医药", or "马 村" for a name the dictionary does not
// know, whose characters the texts hold as words one after the other.
func ftsPhrase(seg *segment.Segmenter, term string) string {
	var words []string
	for _, t := range seg.Cut(term) {
		if segment.IsWord(t.Text) {
			words = append(words, strings.ReplaceAll(segment.FoldASCII(t.Text), `"`, `""`))
		}
	}
	if len(words) == 0 {
		return ""
	}
	return `"` + strings.Join(words, " ") + `"`
}
