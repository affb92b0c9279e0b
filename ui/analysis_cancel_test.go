package ui

import (
	gocontext "context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/cputime"
)

// stepContext is cancelled from its at-th look on (Err, or Done once
// cancelled), and remembers which function made each look: a test can
// cancel an analysis at any look, and see that nothing looked again,
// that is, that the work stopped right there.
type stepContext struct {
	gocontext.Context
	at    int // cancelled from this look on; 0: never
	looks int
	sites []string // the function of each look, when recording
	rec   bool
}

func (c *stepContext) Err() error {
	c.looks++
	if c.rec {
		pc, _, _, _ := runtime.Caller(1)
		c.sites = append(c.sites, runtime.FuncForPC(pc).Name())
	}
	if c.at > 0 && c.looks >= c.at {
		return gocontext.Canceled
	}
	return nil
}

func (c *stepContext) Done() <-chan struct{} {
	if c.at > 0 && c.looks+1 >= c.at {
		done := make(chan struct{})
		close(done)
		return done
	}
	return nil
}

// longSteps are the passes of a big article's analysis that take longer
// than a few milliseconds each on a 10 MB article, by the function that
// looks at the context in them: each must look, and often.
var longSteps = []struct {
	site  string
	every int // at most this many bytes of text between two looks; 0: not a pass over the text
}{
	{"gazetteer.(*Gazetteer).FindContext", 64 << 10},
	{"figure.mentionScores", 0}, // subjectOf's pass over the place mentions
	{"figure.boostBySelfWords", 0},
	{"quantity.FindContext", 64 << 10},
	{"figure.(*extractor).textPeriods", 0},
	{"figure.findSelfHits", 64 << 10},
	{"figure.(*Extractor).ExtractProgress", 0}, // the numbers, one by one
	{"figure.(*extractor).mendNames", 0},
	{"segment.(*Dict).cutBatch", 256 << 10},
}

// Cancel stops a big article's analysis wherever it is: at the first
// look of each long step, in the middle of it, and at the very end, the
// analysis returns cancelled with nothing, and makes no look after the
// one that saw the cancel (but one, to read the error it returns). Every long step looks, often enough for its
// text (the time between two looks on 10 MB is what
// BenchmarkCancelBigAnalysis measures).
func TestAnalysisCancelsAtEveryStep(t *testing.T) {
	if err := testSegmenter.Wait(); err != nil {
		t.Fatal(err)
	}
	a, _ := bigArticleOf(t, 1<<20)
	full := &stepContext{Context: gocontext.Background(), rec: true}
	r, err := analyseAway(full, testSegmenter, a, false)
	if err != nil || len(r.figs) == 0 || len(r.words) == 0 {
		t.Fatalf("uncancelled: %d figures, %d keywords, error %v", len(r.figs), len(r.words), err)
	}
	text := len(a.Text())
	points := []int{1, full.looks}
	for _, step := range longSteps {
		var at []int
		for i, site := range full.sites {
			if strings.HasSuffix(site, step.site) {
				at = append(at, i+1)
			}
		}
		if len(at) == 0 {
			t.Errorf("%s never looks whether the analysis was cancelled", step.site)
			continue
		}
		if step.every > 0 && len(at) < text/step.every {
			t.Errorf("%s looks %d times over %d KB of text, wants one look in %d KB", step.site, len(at), text>>10, step.every>>10)
		}
		points = append(points, at[0], at[len(at)/2])
	}
	for _, k := range points {
		c := &stepContext{Context: gocontext.Background(), at: k}
		r, err := analyseAway(c, testSegmenter, a, false)
		if !errors.Is(err, gocontext.Canceled) || r.figs != nil || r.words != nil {
			t.Errorf("cancelled at look %d (%s): error %v, %d figures, %d keywords", k, full.sites[k-1], err, len(r.figs), len(r.words))
		}
		if c.looks > k+1 {
			t.Errorf("cancelled at look %d (%s): went on to look %d", k, full.sites[k-1], c.looks)
		}
	}
}

// BenchmarkCancelBigAnalysis prints how soon Cancel takes effect on a
// 10 MB article's analysis, against the target of 100-200 ms: the
// longest time between two looks at the context (the worst wait for a
// Cancel), and the time from a real cancel to the analysis's return at
// tenths of its length.
func BenchmarkCancelBigAnalysis(b *testing.B) {
	if err := testSegmenter.Wait(); err != nil {
		b.Fatal(err)
	}
	a, _ := bigArticleOf(b, 10<<20)
	for i := 0; i < b.N; i++ {
		gaps := &gapContext{Context: gocontext.Background(), lastAt: time.Now(), last: cputime.Now()}
		start := time.Now()
		if _, err := analyseAway(gaps, testSegmenter, a, false); err != nil {
			b.Fatal(err)
		}
		whole := time.Since(start)
		var worst time.Duration
		for tenth := 1; tenth < 10; tenth += 2 {
			ctx, cancel := gocontext.WithCancel(gocontext.Background())
			at := whole * time.Duration(tenth) / 10
			var cancelled time.Time
			timer := time.AfterFunc(at, func() { cancelled = time.Now(); cancel() })
			_, err := analyseAway(ctx, testSegmenter, a, false)
			ended := time.Now()
			timer.Stop()
			cancel()
			if err != nil {
				worst = max(worst, ended.Sub(cancelled))
			}
		}
		b.ReportMetric(float64(gaps.max.Milliseconds()), "ms-longest-gap")
		b.ReportMetric(float64(gaps.cpuMax.Milliseconds()), "cpu-ms-longest-gap")
		b.ReportMetric(float64(worst.Milliseconds()), "ms-worst-stop")
		b.Logf("%d MB analysed in %v with %d looks at Cancel; longest gap %v (at %s; %v of CPU), worst stop %v; target 100-200 ms",
			len(a.Raw)>>20, whole.Round(time.Millisecond), gaps.looks, gaps.max.Round(time.Millisecond), gaps.site,
			gaps.cpuMax.Round(time.Millisecond), worst.Round(time.Millisecond))
	}
}

// gapContext is never cancelled; it measures the longest time between two
// looks at it, and where the look after it was made, in wall time and in
// the process's CPU time (which a loaded machine inflates much less).
type gapContext struct {
	gocontext.Context
	last, cpuMax time.Duration // last: CPU time at the last look
	lastAt       time.Time
	max          time.Duration
	site         string
	looks        int
}

func (c *gapContext) Err() error {
	now, cpu := time.Now(), cputime.Now()
	c.looks++
	if g := now.Sub(c.lastAt); g > c.max {
		pc, _, _, _ := runtime.Caller(1)
		c.max, c.site = g, runtime.FuncForPC(pc).Name()
	}
	c.cpuMax = max(c.cpuMax, cpu-c.last)
	c.lastAt, c.last = now, cpu
	return nil
}
