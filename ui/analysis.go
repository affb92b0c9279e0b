package ui

import (
	"time"

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

// analysis is what the panel shows of an article, worked out in one go.
type analysis struct {
	figs  []figure.Figure
	words []keywords.Keyword
}

// analyseAway works out an article's analysis (its figures only when
// they are not known already); any goroutine may call it. It waits for
// the dictionary, which the extractor and keywords need.
func analyseAway(seg *segment.Segmenter, a *corpus.Article, figsKnown bool) analysis {
	seg.Wait()
	r := analysis{words: keywords.Top(seg, a, topKeywords)}
	if !figsKnown {
		r.figs = figure.Extract(a)
		if r.figs == nil {
			r.figs = []figure.Figure{} // found: none
		}
	}
	return r
}

// analyse marks an article's figures in the text and fills the panel. A
// big article the panel has not seen is analysed in the background: the
// panel says so, and fills in when it is done if the article is still open.
func (m *Main) analyse(a *corpus.Article) {
	if _, ok := m.figs[a.ID]; !ok {
		if f, ok := m.cachedFigures(a.ID); ok { // found at import
			m.figs[a.ID] = f
		}
	}
	figs, known := m.figs[a.ID]
	_, words := m.panel.keywords.cache[a.ID]
	if !known && !isBig(a) {
		m.analyseSmall(a) // at once when quick, else in the background
		return
	}
	if !isBig(a) || known && words {
		figs := m.figures(a)
		m.reader.SetFigures(figs)
		m.panel.show(a, figs)
		return
	}
	if known { // the library's; the keywords are worked out meanwhile
		m.reader.SetFigures(figs)
		m.panel.show(a, figs)
	} else {
		m.reader.SetFigures(nil)
		m.panel.showPending(a)
	}
	m.analyseInBackground(a, func() {
		if m.reader.Article() == a && m.panel != nil {
			m.analyse(a)
		}
	})
}

// analyseSmall finds the figures of an article under bigArticle. Most
// take milliseconds: the window waits up to analysisWait for them, so the
// panel fills at once; one that takes longer (a small file can be slow:
// a long list with no full stop) finishes in the background as a big
// article does, the panel saying it is pending.
func (m *Main) analyseSmall(a *corpus.Article) {
	ch := make(chan []figure.Figure, 1)
	go func() { ch <- figure.Extract(a) }()
	timer := time.NewTimer(m.analysisWait)
	defer timer.Stop()
	select {
	case figs := <-ch:
		m.figs[a.ID] = figs
		m.reader.SetFigures(figs)
		m.panel.show(a, figs)
		return
	case <-timer.C:
	}
	m.reader.SetFigures(nil)
	m.panel.showPending(a)
	do := m.do
	go func() {
		figs := <-ch
		do(func() {
			if m.articleByID(a.ID) != a {
				return // replaced meanwhile
			}
			m.figs[a.ID] = figs
			if m.reader.Article() == a && m.panel != nil {
				m.analyse(a)
			}
		})
	}()
}

// defaultAnalysisWait is how long the window waits for a small article's
// figures before it lets them come in the background.
const defaultAnalysisWait = 150 * time.Millisecond

// analyseInBackground works out a big article's analysis off the UI
// thread, keeps it, then calls done (if not nil) on the UI thread. An
// article already being analysed is not analysed twice: done waits for
// the analysis under way.
func (m *Main) analyseInBackground(a *corpus.Article, done func()) {
	waiting, running := m.analysing[a]
	if done != nil {
		waiting = append(waiting, done)
	}
	m.analysing[a] = waiting
	if running {
		return
	}
	_, known := m.figs[a.ID]
	seg, do := m.seg, m.do
	go func() {
		r := analyseAway(seg, a, known)
		do(func() {
			callbacks := m.analysing[a]
			delete(m.analysing, a)
			m.keep(a, r)
			for _, f := range callbacks {
				f()
			}
		})
	}()
}

// keep stores an article's analysis, unless the library has since
// replaced the article (the file opened again after editing).
func (m *Main) keep(a *corpus.Article, r analysis) {
	if m.articleByID(a.ID) != a {
		return
	}
	if _, ok := m.figs[a.ID]; !ok && r.figs != nil {
		m.figs[a.ID] = r.figs
		m.putFigures(a.ID, r.figs)
	}
	if m.panel != nil {
		m.panel.keywords.cache[a.ID] = r.words
	}
}
