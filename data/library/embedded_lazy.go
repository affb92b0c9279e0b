package library

import (
	"fmt"
	"sync"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// embeddedSeeds are the articles shipped inside the binary. Open reads
// only their ids and texts, which tell by their hashes whether the
// database holds them; each is parsed when first read (Load, a pending
// one listed, SyncEmbedded putting it in, a search snippet). Parsing all
// five at every Open cost some 30 ms of CPU on the goroutine that opens
// the library while the window system makes the window and the font is
// read: on a later start, which holds them, usually none is parsed before
// the window shows but the one it shows.
type embeddedSeeds struct {
	ids   []string          // in id order
	texts map[string][]byte // by id, as the parsed article's Raw

	mu     sync.Mutex
	parsed map[string]*corpus.Article
}

func loadEmbeddedSeeds() (*embeddedSeeds, error) {
	ids, texts, err := corpus.EmbeddedTexts()
	if err != nil {
		return nil, err
	}
	return &embeddedSeeds{ids: ids, texts: texts, parsed: map[string]*corpus.Article{}}, nil
}

// has reports whether the binary ships an article with this id.
func (s *embeddedSeeds) has(id string) bool {
	_, ok := s.texts[id]
	return ok
}

// article returns the shipped article with this id parsed, parsing it the
// first time; it is shared, so callers copy it before they change it.
func (s *embeddedSeeds) article(id string) (*corpus.Article, error) {
	if !s.has(id) {
		return nil, fmt.Errorf("embedded %s: %w", id, ErrNotFound)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.parsed[id]; ok {
		return a, nil
	}
	a, err := corpus.EmbeddedArticle(id)
	if err != nil {
		return nil, err
	}
	s.parsed[id] = a
	return a, nil
}
