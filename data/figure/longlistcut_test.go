package figure

import (
	"fmt"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// Lists and clauses run together past longSentence, in the shapes
// reports write them (places then 分别, values then ranks, an aside
// holding a second list), are extracted without a panic: a sentence cut
// for its length may fall inside a list, and a list then starts at the cut.
func TestListsAcrossCutSentences(t *testing.T) {
	counties := []string{"临颍县", "舞阳县", "郏县", "宝丰县", "鲁山县", "叶县", "汝州市", "舞钢市", "襄城县", "禹州市"}
	var shapes []string
	for _, n := range []int{300, 700, 1500, 3000} {
		var a, b, c, d []string
		for i := 0; i < n; i++ {
			a = append(a, counties[i%len(counties)])
			b = append(b, fmt.Sprintf("%d.%d%%", i%20, i%10))
			c = append(c, fmt.Sprintf("%s增长%d.%d%%", counties[i%len(counties)], i%20, i%10))
			d = append(d, fmt.Sprintf("第%d位", i%30+1))
		}
		shapes = append(shapes,
			strings.Join(a, "、")+"地区生产总值分别增长"+strings.Join(b, "、"),
			"全县规模以上工业增加值分别为"+strings.Join(b, "、")+"，分别居全市"+strings.Join(d, "、"),
			strings.Join(c, "，"),
			strings.Join(c, "、")+"。"+strings.Join(a, " ")+"分别为"+strings.Join(b, " "),
			"2023年"+strings.Join(c, "；")+"(2022年为"+strings.Join(b, "、")+")",
		)
	}
	for i, s := range shapes {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("shape %d (%d bytes): panic %v\n%s", i, len(s), r, debug.Stack())
				}
			}()
			if figs := Extract(corpus.Parse("x.txt", []byte(s))); len(figs) < strings.Count(s, "%") {
				t.Errorf("shape %d (%d bytes): %d figures for %d rates", i, len(s), len(figs), strings.Count(s, "%"))
			}
		}()
	}
}
