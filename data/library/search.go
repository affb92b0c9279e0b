package library

import (
	"fmt"
	"sort"
	"strings"

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
	seg := l.opt.Segmenter
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
	hits := make([]search.Hit, 0, len(cands))
	for _, c := range cands {
		a, err := l.Load(c.doc)
		if err != nil {
			return nil, err
		}
		bm := -c.rank
		p, matched := search.Excerpt(a, c.para, terms, 0)
		p.Score = float64(max(matched, 1)) + bm/(bm+1)
		hits = append(hits, search.Hit{Doc: c.doc, Passage: p})
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

// candidate is an article's best passage for a match expression.
type candidate struct {
	doc  string
	para int
	rank float64 // FTS5's bm25: lower is better
}

// candidates returns up to n articles (all when n < 0) matching the FTS5
// expression, best passage first, leaving out and adding to seen.
func (l *Library) candidates(match string, n int, seen map[string]bool) ([]candidate, error) {
	if n == 0 {
		return nil, nil
	}
	lim := n
	if n > 0 {
		lim = n + len(seen)
	}
	// bm25 cannot be aggregated where it is computed: the matches are
	// ranked first, then grouped by article.
	rows, err := l.db.Query(`WITH m AS MATERIALIZED (
			SELECT rowid, bm25(passage_words, `+rankWeights+`) AS r FROM passage_words WHERE passage_words MATCH ?)
		SELECT a.id, p.para, min(m.r) AS best
		FROM m
		JOIN passages p ON p.rowid = m.rowid
		JOIN articles a ON a.rowid = p.article
		WHERE a.removed = ''
		GROUP BY p.article ORDER BY best, a.id LIMIT ?`, match, lim)
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", match, err)
	}
	defer rows.Close()
	var out []candidate
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.doc, &c.para, &c.rank); err != nil {
			return nil, err
		}
		if seen[c.doc] {
			continue
		}
		seen[c.doc] = true
		out = append(out, c)
		if n > 0 && len(out) == n {
			break
		}
	}
	return out, rows.Err()
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
