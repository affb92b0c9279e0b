package figure

import (
	"strings"
	"testing"
)

// TestTrimSetMatchesStrings checks the byte-aware trims against the
// standard library on report phrases, empty strings and broken bytes.
func TestTrimSetMatchesStrings(t *testing.T) {
	sets := []string{"，,、；; ", "@、，,：:（）()“”\"《》的-—－", "一二三四五六七八九十0123456789", " \t\u3000", "“\""}
	texts := []string{
		"", "，", "、，全市地区生产总值，", "（三）固定资产投资。", "“十四五”时期",
		"一二三", "　 同比增长5.2%，", "@、占比“", "全市\xe4\xb8", "\xb8，", "，\xff", "12季度（",
		"——工业增加值——", "的",
	}
	for _, set := range sets {
		for _, s := range texts {
			if got, want := trimLeftSet(s, set), strings.TrimLeft(s, set); got != want {
				t.Errorf("trimLeftSet(%q, %q) = %q, want %q", s, set, got, want)
			}
			if got, want := trimRightSet(s, set), strings.TrimRight(s, set); got != want {
				t.Errorf("trimRightSet(%q, %q) = %q, want %q", s, set, got, want)
			}
			if got, want := trimSet(s, set), strings.Trim(s, set); got != want {
				t.Errorf("trimSet(%q, %q) = %q, want %q", s, set, got, want)
			}
		}
	}
}
