package figure

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// An import's bar follows a big article's extraction: ExtractProgress
// tells how far it has gone, further each time, ending at 1, and finds
// the figures Extract finds.
func TestExtractProgressMovesForward(t *testing.T) {
	a := corpus.Parse("汇编.txt", []byte(strings.Repeat("2023年，全县地区生产总值完成312.5亿元，增长5.6%。一般公共预算收入完成15.2亿元，增长8.1%。\n\n", 3000)))
	var steps []float64
	figs, err := Default().ExtractProgress(context.Background(), a, func(done float64) { steps = append(steps, done) })
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) < 10 || steps[len(steps)-1] != 1 {
		t.Fatalf("%d steps, the last %v", len(steps), steps[len(steps)-1:])
	}
	for i := 1; i < len(steps); i++ {
		if steps[i] < steps[i-1] || steps[i] <= 0 {
			t.Fatalf("steps go back: %v", steps)
		}
	}
	if want := Extract(a); !reflect.DeepEqual(figs, want) {
		t.Errorf("%d figures with progress, %d without", len(figs), len(want))
	}
}
