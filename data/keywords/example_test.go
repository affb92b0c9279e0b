package keywords_test

import (
	"fmt"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/segment"
)

func Example() {
	arts, _ := corpus.Embedded()
	a := arts[1] // 001: 马村区, 2023 in review
	seg := segment.Default()
	for _, k := range keywords.Top(seg, a, 3) {
		fmt.Printf("%s ×%d\n", k.Word, k.Count)
	}
	lines := keywords.Concordance(seg, a, "生物医药", 6)
	fmt.Println(lines[1].Format(6))
	fmt.Println(string(a.Raw[lines[1].Start:lines[1].End]))
	// Output:
	// 马村区 ×17
	// 网格 ×12
	// 项目 ×23
	// 造高端材料和 生物医药 基地、综合枢
	// 生物医药
}
