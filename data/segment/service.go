// Package segment cuts Chinese text into words with gse
// (github.com/go-ego/gse), from a dictionary that travels inside the binary:
// gse's simplified Chinese word list and IDF table, compressed, plus a short
// list of terms of economic reporting. Nothing is read from disk, the
// Japanese dictionary gse can embed is not linked, and the words are held in
// about 8 MB instead of the 130 MB of gse's own trie (see Dict.Cut).
//
// The Segmenter service loads in the background: a window appears at once
// and features that need words wait on Ready.
package segment

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"
	"unicode"
)

// Segmenter is the segmentation service. It loads its dictionary in the
// background, so that a window can appear at once; features that need
// words wait on Ready (or check IsReady) and meanwhile show that they are
// getting ready. It is safe for concurrent use.
type Segmenter struct {
	ready chan struct{}
	dict  *Dict
	err   error
}

// New starts loading a dictionary with load in a new goroutine and returns
// at once. Tests pass a loader that is slow, or fails, or builds a small
// dictionary with NewDict.
func New(load func() (*Dict, error)) *Segmenter {
	s := &Segmenter{ready: make(chan struct{})}
	go func() {
		defer close(s.ready)
		defer func() {
			if r := recover(); r != nil {
				s.err = fmt.Errorf("load dictionary: %v", r)
			}
		}()
		d, err := load()
		if err == nil && d == nil {
			err = fmt.Errorf("load dictionary: no dictionary")
		}
		s.dict, s.err = d, err
		// Loading allocates about five times what it keeps: give it back.
		debug.FreeOSMemory()
	}()
	return s
}

var (
	sharedOnce sync.Once
	shared     *Segmenter
)

// Default returns the process's segmenter over the embedded dictionary. The
// first call starts loading it; call it early (at start-up) so that it is
// ready when wanted.
func Default() *Segmenter {
	sharedOnce.Do(func() { shared = New(LoadEmbedded) })
	return shared
}

// Ready is closed once loading has finished, successfully or not.
func (s *Segmenter) Ready() <-chan struct{} { return s.ready }

// IsReady reports whether loading has finished.
func (s *Segmenter) IsReady() bool {
	select {
	case <-s.ready:
		return true
	default:
		return false
	}
}

// Wait blocks until loading has finished and returns its error.
func (s *Segmenter) Wait() error {
	<-s.ready
	return s.err
}

// Err returns the loading error, or nil while loading or after a success.
func (s *Segmenter) Err() error {
	if !s.IsReady() {
		return nil
	}
	return s.err
}

// Dict returns the dictionary, waiting for it; nil if loading failed.
func (s *Segmenter) Dict() *Dict {
	<-s.ready
	return s.dict
}

// Cut segments text into words, waiting for the dictionary if it is still
// loading: on the UI thread, check IsReady first. If loading failed, each
// character is a word (runs of Latin letters and digits stay together), so
// that callers degrade rather than fail.
func (s *Segmenter) Cut(text string) []Token {
	if d := s.Dict(); d != nil {
		return d.Cut(text)
	}
	return CutChars(text)
}

// CutAll cuts several texts, such as the paragraphs of an article, sharing
// the work; the result is as if each were cut on its own. It waits like Cut.
func (s *Segmenter) CutAll(texts []string) [][]Token {
	out, _ := s.CutAllContext(context.Background(), texts)
	return out
}

// CutAllContext is CutAll that stops when ctx is done (see
// Dict.CutAllContext).
func (s *Segmenter) CutAllContext(ctx context.Context, texts []string) ([][]Token, error) {
	if d := s.Dict(); d != nil {
		return d.CutAllContext(ctx, texts)
	}
	out := make([][]Token, len(texts))
	for i, t := range texts {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		out[i] = CutChars(t)
	}
	return out, nil
}

// CutChars splits text into units without a dictionary: one token per
// character, except that runs of Latin letters and digits stay whole.
func CutChars(text string) []Token {
	us := units(text)
	out := make([]Token, len(us))
	for i, u := range us {
		out[i] = Token{Start: u.start, End: u.end, Text: text[u.start:u.end]}
	}
	return out
}

// IsWord reports whether a token is a word rather than punctuation, space
// or a symbol: it holds a letter or a digit.
func IsWord(tok string) bool {
	for _, r := range tok {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return true
		}
	}
	return false
}
