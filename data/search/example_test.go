package search_test

import (
	"fmt"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
)

func ExampleIndex_Query() {
	arts, _ := corpus.Embedded()
	ix := search.NewIndex(segment.Default(), arts...)
	<-ix.Ready() // before this, queries match plain substrings
	for _, h := range ix.Query("规上工业增加值", 1) {
		a := arts[0] // the hit is 000: look it up by h.Doc in a real caller
		fmt.Println(h.Doc, string(a.Raw[h.Start:h.End]))
		fmt.Println(h.Snippet)
		m := h.Marks[0]
		fmt.Println(h.Snippet[m.Start:m.End])
	}
	// Output:
	// 000_3d56ce9018f8a19f.txt 规上工业
	// 2024年1月至12月,规上工业增加值增长7.5%,排名城区第二;固定资产投资提高9.6%,高于全市1.3个百分点,其中…
	// 规上工业增加值
}
