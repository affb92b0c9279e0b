package figure

import (
	"context"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// 县域 after a self word is all of the place's counties when the place is
// above them (全市县域 → 沈阳市县域, a14; 全省县域 → 陕西省县域), and the place
// itself when it is a county: 全县县域 adds nothing to 汝阳县.
func TestOwnWhole(t *testing.T) {
	p, err := newPlaces(context.Background(), Default().Places, corpus.Parse("x.txt", []byte("汝阳县、沈阳市、陕西省")))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, zone string
		want       bool
	}{
		{"汝阳县", "县域", true},
		{"沈阳市", "县域", false},
		{"陕西省", "县域", false},
		{"汝阳县", "经开区", false}, // a zone of its own, not the whole
	}
	for _, c := range cases {
		if got := p.ownWhole(c.name, c.zone); got != c.want {
			t.Errorf("ownWhole(%s, %s) = %v, want %v", c.name, c.zone, got, c.want)
		}
	}
}
