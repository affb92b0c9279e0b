package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/quantity"
)

// memberIndex counts a 分别 list only as far as it could pair: past the
// values written before 分别 the count stops, one over, which pairs with
// none of them as the whole count would not.
func TestMemberIndexStopsPastWhatCouldPair(t *testing.T) {
	s := "5月份,全市规模以上工业增加值同比增长19.3%,累计增长12.3%,与4月份相比分别提高了3.1、1.6和0.8个百分点。"
	x := &extractor{s: s, qs: quantity.Find(s)}
	k := strings.Index(s, "分别")
	pos := strings.Index(s, "1.6")
	if at, n := x.memberIndex(k, pos, 5); at != 1 || n != 3 {
		t.Errorf("whole list: at %d of %d, want 1 of 3", at, n)
	}
	if at, n := x.memberIndex(k, pos, 2); at != 1 || n != 3 {
		t.Errorf("most 2: at %d of %d, want 1 of 3", at, n)
	}
	if _, n := x.memberIndex(k, pos, 1); n != 2 {
		t.Errorf("most 1: counted %d, want 2 (one past what could pair)", n)
	}
	ss := 0
	if got := x.valuesBefore(ss, k); got != 4 {
		t.Errorf("values before 分别: %d, want 4 (5月份, 19.3%%, 12.3%%, 4月份: dates count, an upper bound)", got)
	}
}
