package search

import (
	"reflect"
	"testing"

	"github.com/zhibiao/zhibiao/data/segment"
)

// An index for one query keeps only the passages that can match it, and
// ranks exactly as the full index does: the passages it leaves out still
// count in BM25's passage count and average length.
func TestQueryIndexRanksAsTheFullIndex(t *testing.T) {
	full, _ := readyIndex(t)
	for _, q := range []string{"地区生产总值", "规上工业增加值 增长", "生物医药", "马村区", "GDP", "农村居民人均可支配收入"} {
		one := NewQueryIndex(segment.Default(), q, seeds(t)...)
		<-one.Ready()
		if got, want := one.Query(q, 0), full.Query(q, 0); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the query index gives %d hits, the full one %d, or they differ", q, len(got), len(want))
		}
		kept := 0
		for _, p := range one.passages {
			if p.norm != "" {
				kept++
			}
		}
		if kept >= len(full.passages) {
			t.Errorf("%s: kept %d of %d passages", q, kept, len(full.passages))
		}
	}
}
