package figure

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestFindSelfHitsSteps: stepping over the trailing bytes of whole runes
// finds every self word a byte-by-byte reading finds, broken bytes and
// ASCII between included.
func TestFindSelfHitsSteps(t *testing.T) {
	var words []string
	for _, sw := range selfWords {
		words = append(words, sw.words...)
	}
	words = append(append(append(words, townSelfWords...), nationalSelfWords...), backSelfWords...)
	base := "全县地区生产总值增长6.1%，高于全市1.2个百分点；该镇规上工业\xe5全省第3，我国GDP\xe5\x85全国该地区本县"
	for cut := 0; cut < 4; cut++ {
		s := base[cut:] + base
		var want []string
		for i := range len(s) {
			for _, w := range words {
				if strings.HasPrefix(s[i:], w) {
					want = append(want, fmt.Sprint(i, w))
				}
			}
		}
		hits, _ := findSelfHits(context.Background(), s)
		var got []string
		for _, h := range hits {
			got = append(got, fmt.Sprint(h.pos, h.word))
		}
		slices.Sort(want)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("cut %d: got %v\nwant %v", cut, got, want)
		}
	}
}
