package library

import (
	"context"
	"testing"

	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/segment"
)

// On a first start the pending embedded articles get the place their text
// names as soon as LocatePending has run, without waiting for the
// dictionary: the same place SyncEmbedded puts in with them later.
func TestLocatePendingGivesPlacesBeforeSync(t *testing.T) {
	l, err := Open(t.TempDir(), Options{DeferEmbedded: true, Segmenter: segment.Default(), ExtractorVersion: figure.Version})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	before, err := l.List()
	if err != nil || len(before) == 0 {
		t.Fatalf("List: %d articles, %v", len(before), err)
	}
	if !l.LocatePending() {
		t.Fatal("LocatePending found no place in any embedded article")
	}
	located, err := l.List()
	if err != nil {
		t.Fatal(err)
	}
	first, err := l.Load(located[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.SyncEmbedded(context.Background()); err != nil {
		t.Fatal(err)
	}
	after, err := l.List()
	if err != nil || len(after) != len(located) {
		t.Fatalf("List after the sync: %d articles, %v", len(after), err)
	}
	for i, a := range after {
		if located[i].Region != a.Region || located[i].RegionCode != a.RegionCode {
			t.Errorf("%s: located before the sync %q %q, put in %q %q", a.ID, located[i].Region, located[i].RegionCode, a.Region, a.RegionCode)
		}
	}
	if first.Region != after[0].Region || first.Region == before[0].Region {
		t.Errorf("Load before the sync gave the region %q (listed before LocatePending: %q, after the sync: %q)", first.Region, before[0].Region, after[0].Region)
	}
	if l.LocatePending() {
		t.Error("LocatePending found places with nothing pending")
	}
}
