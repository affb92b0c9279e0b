package library

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/segment"
)

// passageWords is one paragraph as the index holds it: its words,
// space-joined, in body or aside by the paragraph's kind, and the
// dictionary words inside its longer words in part.
type passageWords struct {
	body, aside, part string
}

// maxPartRunes bounds the words whose inner words are listed: longer
// tokens are runs of Latin letters or digits, not compounds.
const maxPartRunes = 8

// wordsOf cuts each paragraph of a as search cuts it: the bridged text
// (spaces next to Chinese taken out), ASCII folded to lower case. It tells
// step, when not nil, how far it has gone.
func wordsOf(ctx context.Context, seg *segment.Segmenter, a *corpus.Article, step func(float64)) ([]passageWords, error) {
	texts := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		texts[i] = segment.Bridge(p.Text).Text
	}
	cuts, err := cutInParts(ctx, seg, texts, step) // a 10 MB file's import can be cancelled
	if err != nil {
		return nil, err
	}
	dict := seg.Dict()
	out := make([]passageWords, len(a.Paragraphs))
	var words, parts []string
	for i, toks := range cuts {
		words, parts = words[:0], parts[:0]
		for _, t := range toks {
			if !segment.IsWord(t.Text) {
				continue
			}
			w := segment.FoldASCII(t.Text)
			words = append(words, w)
			if dict != nil {
				parts = innerWords(dict, w, parts)
			}
		}
		joined := strings.Join(words, " ")
		switch a.Paragraphs[i].Kind {
		case corpus.Caption, corpus.Furniture:
			out[i].aside = joined
		default:
			out[i].body = joined
		}
		out[i].part = strings.Join(parts, " ")
	}
	return out, nil
}

// innerWords appends the dictionary words of two or more characters found
// inside the Chinese word w (医药 and 生物 in 生物医药).
func innerWords(d *segment.Dict, w string, out []string) []string {
	n := utf8.RuneCountInString(w)
	if n < 3 || n > maxPartRunes {
		return out
	}
	var at [maxPartRunes + 1]int
	k := 0
	for i, r := range w {
		if !hanzi.IsHan(r) {
			return out
		}
		at[k] = i
		k++
	}
	at[n] = len(w)
	for s := 0; s < n; s++ {
		for e := s + 2; e <= n; e++ {
			if s == 0 && e == n {
				continue
			}
			sub := w[at[s]:at[e]]
			if _, ok := d.Freq(sub); ok {
				out = append(out, sub)
			}
		}
	}
	return out
}

// putIndex indexes the article's paragraphs.
func putIndex(tx *sql.Tx, rowid int64, words []passageWords, step func(float64)) error {
	pst, err := tx.Prepare("INSERT INTO passages(article, para) VALUES (?, ?)")
	if err != nil {
		return err
	}
	defer pst.Close()
	wst, err := tx.Prepare("INSERT INTO passage_words(rowid, body, aside, part) VALUES (?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer wst.Close()
	for i, w := range words {
		res, err := pst.Exec(rowid, i)
		if err != nil {
			return err
		}
		pid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if _, err := wst.Exec(pid, w.body, w.aside, w.part); err != nil {
			return err
		}
		if step != nil && i%stepPassages == 0 {
			step(float64(i) / float64(len(words)))
		}
	}
	return nil
}

// stepPassages is how many passages are written between two reports of
// how far the writing has gone.
const stepPassages = 256

// cutPart is how many bytes of text are cut between two reports of how
// far the cutting has gone.
const cutPart = 512 << 10

// cutInParts is seg.CutAllContext, cutting about cutPart bytes at a time
// to tell step, when not nil, how far it has gone: each text is cut on its
// own, so the words are the same.
func cutInParts(ctx context.Context, seg *segment.Segmenter, texts []string, step func(float64)) ([][]segment.Token, error) {
	if step == nil {
		return seg.CutAllContext(ctx, texts)
	}
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	out := make([][]segment.Token, 0, len(texts))
	done := 0
	for i := 0; i < len(texts); {
		j, size := i, 0
		for j < len(texts) && (j == i || size+len(texts[j]) <= cutPart) {
			size += len(texts[j])
			j++
		}
		cuts, err := seg.CutAllContext(ctx, texts[i:j])
		if err != nil {
			return nil, err
		}
		out = append(out, cuts...)
		done += size
		step(float64(done) / float64(max(total, 1)))
		i = j
	}
	return out, nil
}

// deleteIndex takes the article's paragraphs out of the index.
func deleteIndex(tx *sql.Tx, rowid int64) error {
	if _, err := tx.Exec("DELETE FROM passage_words WHERE rowid IN (SELECT rowid FROM passages WHERE article = ?)", rowid); err != nil {
		return err
	}
	_, err := tx.Exec("DELETE FROM passages WHERE article = ?", rowid)
	return err
}
