package figure

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestGenSentences(t *testing.T) {
	if os.Getenv("GEN") == "" {
		t.Skip()
	}
	for _, c := range loadSentences(t) {
		fmt.Printf("# %s %d %s\n", c.region, c.period, strings.ReplaceAll(c.text, "\n", "⏎"))
		for _, f := range Extract(testArticle(c.text, c.region, c.period)) {
			fmt.Println(describe(f))
		}
		fmt.Println()
	}
}
