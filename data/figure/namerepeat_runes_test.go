package figure

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCollapseRepeatOffsets: collapsing by byte offsets gives what
// collapsing rune by rune gives, on names made of repeated words.
func TestCollapseRepeatOffsets(t *testing.T) {
	if got := collapseRepeat("规模以上工业工业增加值"); got != "规模以上工业增加值" {
		t.Fatalf("collapseRepeat = %q", got)
	}
	pieces := []string{"工业", "增加值", "规模以上", "工", "业", "产量", "a", "\xe5", "粮食"}
	r := rand.New(rand.NewSource(9))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := r.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := collapseRepeat(s), collapseRepeatRunes(s); got != want {
			t.Fatalf("collapseRepeat(%q) = %q, want %q", s, got, want)
		}
	}
}
