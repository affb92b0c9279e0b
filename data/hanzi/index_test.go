package hanzi

import (
	"strings"
	"testing"
)

// Index finds what strings.Index finds, in report text and in broken bytes.
func TestIndexIsStringsIndex(t *testing.T) {
	s := "2024年1月至12月,规上工业增加值增长7.5%,排名城区第二;固定资产投资提高9.6%\xe5\x8f"
	for _, w := range []string{"", "%", "增长", "第二;", "投资提高9.6%", "增加值增长7.5", "减少", "\x8f", "年1", "6%\xe5"} {
		if got, want := Index(s, w), strings.Index(s, w); got != want {
			t.Errorf("Index(%q) = %d, want %d", w, got, want)
		}
	}
}
