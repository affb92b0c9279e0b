package segment_test

import (
	"fmt"

	"github.com/zhibiao/zhibiao/data/segment"
)

func ExampleSegmenter_Cut() {
	seg := segment.Default() // starts loading the embedded dictionary
	<-seg.Ready()            // a window would show "getting ready" meanwhile
	for _, t := range seg.Cut("积极打造生物医药基地") {
		fmt.Printf("%s[%d:%d] ", t.Text, t.Start, t.End)
	}
	fmt.Println()
	// Output: 积极[0:6] 打造[6:12] 生物医药[12:24] 基地[24:30]
}
