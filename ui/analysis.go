package ui

import (
	gocontext "context"
	"errors"
	"time"

	"fyne.io/fyne/v2"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/segment"
)

// bigArticle is the size from which an article's figures and keywords are
// worked out off the UI thread. A report takes milliseconds; a 10 MB file
// opened by hand takes seconds, and the window must not freeze meanwhile.
const bigArticle = 256 << 10

func isBig(a *corpus.Article) bool { return len(a.Raw) >= bigArticle }

// defaultAnalysisWait is how long the window waits for a small article's
// figures before it lets them come in the background.
const defaultAnalysisWait = 150 * time.Millisecond

// analysis is what the panel shows of an article, worked out in one go.
type analysis struct {
	figs  []figure.Figure
	words []keywords.Keyword
}

// analyseAway works out an article's analysis (its figures only when
// they are not known already); any goroutine may call it. It waits for
// the dictionary, which the extractor and keywords need.
// A cancelled ctx stops it wherever it is, within a few milliseconds'
// work (waiting for the dictionary, finding the figures, cutting the
// words), with ctx's error and nothing kept.
func analyseAway(ctx gocontext.Context, seg *segment.Segmenter, a *corpus.Article, figsKnown bool) (analysis, error) {
	var r analysis
	select {
	case <-seg.Ready():
	case <-ctx.Done():
		return r, ctx.Err()
	}
	if !figsKnown {
		figs, err := figure.ExtractContext(ctx, a)
		if err != nil {
			return r, err
		}
		r.figs = figs
		if r.figs == nil {
			r.figs = []figure.Figure{} // found: none
		}
	}
	if err := ctx.Err(); err != nil {
		return r, err
	}
	words, err := keywords.TopContext(ctx, seg, a, topKeywords)
	if err != nil {
		return analysis{}, err
	}
	r.words = words
	return r, nil
}

// analyses is the one place that holds what the window worked out of
// articles: their figures (kept in the library too, so that the next
// start and the command line find them) and their keywords, by article
// id, and the big articles being analysed in the background. Every tab
// and export asks it; none keeps its own copy.
type analyses struct {
	store Store
	do    func(func()) // runs background results on the UI thread
	seg   *segment.Segmenter
	// wait is how long figures of a small article are waited for before
	// they come in the background (see quick).
	wait  time.Duration
	figs  map[string][]figure.Figure
	words map[string][]keywords.Keyword
	// running are the big articles being analysed, each with what to do
	// on the UI thread when it is done.
	running map[*corpus.Article][]func()
	// stops cancel the analyses under way (the user pressed Cancel).
	stops map[*corpus.Article]gocontext.CancelFunc
	// current says whether an article is still the library's: what was
	// worked out of one replaced meanwhile (the file imported again after
	// editing) is dropped.
	current func(a *corpus.Article) bool
	// onStored is told that figures were written to the library.
	onStored func()
}

func newAnalyses(store Store, do func(func()), current func(*corpus.Article) bool, onStored func()) *analyses {
	return &analyses{store: store, do: do, wait: defaultAnalysisWait, current: current, onStored: onStored,
		figs: map[string][]figure.Figure{}, words: map[string][]keywords.Keyword{}, running: map[*corpus.Article][]func(){},
		stops: map[*corpus.Article]gocontext.CancelFunc{}}
}

// useSegmenter gives the segmenter keywords and background analyses use:
// the window has one only once it is on screen.
func (s *analyses) useSegmenter(seg *segment.Segmenter) { s.seg = seg }

// known returns an article's figures when they are known: found in this
// window, or kept by the library from this extractor.
func (s *analyses) known(id string) ([]figure.Figure, bool) {
	if f, ok := s.figs[id]; ok {
		return f, true
	}
	f, ok := s.stored(id)
	if ok {
		s.figs[id] = f
	}
	return f, ok
}

// figures returns an article's figures: those known, else found now and
// kept in the library.
func (s *analyses) figures(a *corpus.Article) []figure.Figure {
	if f, ok := s.known(a.ID); ok {
		return f
	}
	f := figure.Extract(a)
	s.put(a, f)
	s.figs[a.ID] = f
	return f
}

// hasKeywords says whether an article's keywords are worked out.
func (s *analyses) hasKeywords(id string) bool {
	_, ok := s.words[id]
	return ok
}

// keywords returns an article's keywords, worked out now for a small
// article; a big one's are not (false) until analysed in the background.
// The dictionary must be loaded.
func (s *analyses) keywords(a *corpus.Article) ([]keywords.Keyword, bool) {
	if w, ok := s.words[a.ID]; ok {
		return w, true
	}
	if isBig(a) {
		return nil, false
	}
	w := keywords.Top(s.seg, a, topKeywords)
	s.words[a.ID] = w
	return w, true
}

// forget drops what is known of an article (after an edit of its
// properties or a new version), so that it is worked out again.
func (s *analyses) forget(id string) {
	delete(s.figs, id)
	delete(s.words, id)
}

// quick finds the figures of an article under bigArticle. Most take
// milliseconds: it waits up to wait for them and returns them (true). One
// that takes longer (a small file can be slow: a long list with no full
// stop) finishes in the background, and then is called on the UI thread.
func (s *analyses) quick(a *corpus.Article, then func()) ([]figure.Figure, bool) {
	ch := make(chan []figure.Figure, 1)
	go func() { ch <- figure.Extract(a) }()
	timer := time.NewTimer(s.wait)
	defer timer.Stop()
	select {
	case figs := <-ch:
		s.figs[a.ID] = figs
		return figs, true
	case <-timer.C:
	}
	do := s.do
	go func() {
		figs := <-ch
		do(func() {
			if !s.current(a) {
				return // replaced meanwhile
			}
			s.figs[a.ID] = figs
			then()
		})
	}()
	return nil, false
}

// inBackground works out a big article's analysis off the UI thread,
// keeps it, then calls done (if not nil) on the UI thread. An article
// already being analysed is not analysed twice: done waits for the
// analysis under way.
func (s *analyses) inBackground(a *corpus.Article, done func()) {
	waiting, running := s.running[a]
	if done != nil {
		waiting = append(waiting, done)
	}
	s.running[a] = waiting
	if running {
		return
	}
	_, known := s.figs[a.ID]
	seg, do := s.seg, s.do
	ctx, stop := gocontext.WithCancel(gocontext.Background())
	s.stops[a] = stop
	go func() {
		r, err := analyseAway(ctx, seg, a, known)
		do(func() {
			if ctx.Err() != nil || errors.Is(err, gocontext.Canceled) {
				// The user cancelled (cancel has forgotten this run, and a
				// new run of the article may be under way): nothing is
				// kept, even if the work finished meanwhile.
				return
			}
			callbacks := s.running[a]
			delete(s.running, a)
			delete(s.stops, a)
			stop()
			s.keep(a, r)
			for _, f := range callbacks {
				f()
			}
		})
	}()
}

// cancel stops a big article's analysis under way, if any: its goroutine
// ends at its next look at the context, and keeps nothing.
// Every version of the article is stopped: the chart across articles
// may have started one read from the library before the reader's.
func (s *analyses) cancel(a *corpus.Article) {
	for b, stop := range s.stops {
		if b.ID == a.ID {
			stop()
			delete(s.stops, b)
			delete(s.running, b)
		}
	}
}

// keep stores an article's analysis, unless the library has since
// replaced the article.
func (s *analyses) keep(a *corpus.Article, r analysis) {
	if !s.current(a) {
		return
	}
	if _, ok := s.figs[a.ID]; !ok && r.figs != nil {
		s.figs[a.ID] = r.figs
		s.put(a, r.figs)
	}
	s.words[a.ID] = r.words
}

// stored reads the figures the library keeps for an article, when the
// extractor that found them is this one.
func (s *analyses) stored(id string) ([]figure.Figure, bool) {
	f, version, ok, err := s.store.Figures(id)
	if err != nil {
		fyne.LogError("figures of "+id, err)
		return nil, false
	}
	return f, ok && version == figure.Version
}

// put keeps figures found in the window in the library.
func (s *analyses) put(a *corpus.Article, f []figure.Figure) {
	if s.store.ReadOnly() {
		return
	}
	if err := s.store.PutFigures(a, figure.Version, f); err != nil {
		fyne.LogError("keep figures of "+a.ID, err)
	}
	if s.onStored != nil {
		s.onStored()
	}
}

// analyse marks an article's figures in the text and fills the panel. A
// big article the panel has not seen is analysed in the background: the
// panel says so, and fills in when it is done if the article is still open.
func (m *Main) analyse(a *corpus.Article) {
	figs, known := m.analyses.known(a.ID)
	if !known && !isBig(a) {
		m.analyseSmall(a) // at once when quick, else in the background
		return
	}
	if !isBig(a) || known && m.analyses.hasKeywords(a.ID) {
		m.showAnalysis(a, figs)
		return
	}
	if known { // the library's; the keywords are worked out meanwhile
		m.showAnalysis(a, figs)
	} else {
		m.reader.SetFigures(nil)
		m.panel.showPending(a)
	}
	m.analyses.inBackground(a, func() { m.reanalyse(a) })
}

// cancelAnalysis stops the open big article's analysis (the user pressed
// Cancel under the figures table); the tab offers to start it again.
func (m *Main) cancelAnalysis(a *corpus.Article) {
	m.analyses.cancel(a)
	if m.panel != nil {
		m.panel.cancelled(a, func() { m.analyse(a) })
	}
}

// showAnalysis marks figures in the text and fills the panel with them.
func (m *Main) showAnalysis(a *corpus.Article, figs []figure.Figure) {
	m.reader.SetFigures(figs)
	m.panel.show(a, figs)
}

// reanalyse shows an article's analysis again once it came in the
// background, if the article is still open.
func (m *Main) reanalyse(a *corpus.Article) {
	if m.reader.Article() == a && m.panel != nil {
		m.analyse(a)
	}
}

// analyseSmall shows the figures of an article under bigArticle at once
// when they come quickly, else says they are pending until they come.
func (m *Main) analyseSmall(a *corpus.Article) {
	if figs, ok := m.analyses.quick(a, func() { m.reanalyse(a) }); ok {
		m.showAnalysis(a, figs)
		return
	}
	m.reader.SetFigures(nil)
	m.panel.showPending(a)
}

// figures returns an article's figures (see analyses.figures).
func (m *Main) figures(a *corpus.Article) []figure.Figure { return m.analyses.figures(a) }
