package figure

import (
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A region is looked for in the 300 bytes before a figure; when that window
// starts inside a zone's name (金桥经济技术开发区, read back from its ending),
// the zone begins before the window. It must be read, not panic (a long
// work-report sentence did: slice bounds out of range in ownerRole).
func TestZoneStraddlingTheRegionWindow(t *testing.T) {
	for n := 85; n <= 105; n++ {
		text := "金桥经济技术开发区" + strings.Repeat("加", n) + "实现工业总产值12亿元。\n"
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%d filler characters: %v", n, r)
				}
			}()
			Extract(corpus.Parse("x.txt", []byte(text)))
		}()
	}
}
