package figure

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A cancelled extraction stops soon after, with no figures: the window's
// Cancel on a 10 MB article must not leave a core busy for seconds. An
// uncancelled one finds what Extract finds.
func TestExtractContextStops(t *testing.T) {
	one := []byte("2023年，全市实现地区生产总值1234.5亿元，同比增长5.6%；规模以上工业增加值增长7.1%，汽车产量12.3万辆。\n\n")
	a := corpus.Parse("大.txt", bytes.Repeat(one, 20000))
	start := time.Now()
	all := Extract(a)
	whole := time.Since(start)
	for _, after := range []time.Duration{0, whole / 4, whole / 2} {
		ctx, cancel := context.WithCancel(context.Background())
		timer := time.AfterFunc(after, cancel)
		start := time.Now()
		figs, err := ExtractContext(ctx, a)
		late := time.Since(start) - after
		timer.Stop()
		cancel()
		if err == nil && late < 0 {
			t.Logf("cancelled after %v: finished before (the machine is shared)", after)
			continue
		}
		t.Logf("%d KB (whole: %v, %d figures), cancelled after %v: stopped %v later", len(a.Raw)>>10, whole, len(all), after, late)
		if !errors.Is(err, context.Canceled) || figs != nil {
			t.Errorf("cancelled after %v: %d figures, error %v", after, len(figs), err)
		}
	}
	small := corpus.Parse("小.txt", one)
	got, err := ExtractContext(context.Background(), small)
	if err != nil || len(got) != len(Extract(small)) || len(got) == 0 {
		t.Errorf("uncancelled: %d figures (Extract: %d), error %v", len(got), len(Extract(small)), err)
	}
}
