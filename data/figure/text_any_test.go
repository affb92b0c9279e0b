package figure

import (
	"strings"
	"testing"
)

// The byte-wise mark search agrees with the strings package on report
// text, broken bytes included.
func TestIndexAnyOf(t *testing.T) {
	texts := []string{
		"", "全市地区生产总值(GDP)完成1234.5亿元，同比增长5.2%；其中第一产业增加值",
		"高于全国（5.5%）和全省。", "数字 | GDP增速｜一季度", "规上工业增加值\n增长8%",
		"\xe5\xe5\xad\xa3度，", "，\xef\xbc", "\xef\xbc,（", "abc;def",
	}
	sets := []string{"，,；;。", "(（", ")）", "|｜", clauseStops, "季月半"}
	for _, s := range texts {
		for _, c := range sets {
			if got, want := indexAnyOf(s, c), strings.IndexAny(s, c); got != want {
				t.Errorf("indexAnyOf(%q, %q) = %d, want %d", s, c, got, want)
			}
			if got, want := lastIndexAnyOf(s, c), strings.LastIndexAny(s, c); got != want {
				t.Errorf("lastIndexAnyOf(%q, %q) = %d, want %d", s, c, got, want)
			}
		}
	}
}

// compact copies the runs between blanks; it agrees with dropping the
// blanks rune by rune.
func TestCompactRuns(t *testing.T) {
	for _, s := range []string{"地区生产\n总值", "全市 GDP　增长\u00a05.2%", "  规上工业\r\n", "无空白", "\u3000", "坏\xe3\x80字 节", "末尾\xc2", "末 尾\xc2", "\xad\xa3地区 生产", "\xa3\xe5 末"} {
		want := s
		if hasSpace(s) {
			want = compactRunes(s)
		}
		if got := compact(s); got != want {
			t.Errorf("compact(%q) = %q, want %q", s, got, want)
		}
	}
}

// lastIndex and index agree with strings.LastIndex and strings.Index.
func TestLastIndex(t *testing.T) {
	for _, s := range []string{"", "年", "2023年比2022年增长", "上年全年年末", "分别分别", "《报告》《规划", "aab"} {
		for _, w := range []string{"年", "全年", "分别", "《", "》", "ab", "a", "", "年末年"} {
			if got, want := lastIndex(s, w), strings.LastIndex(s, w); got != want {
				t.Errorf("lastIndex(%q, %q) = %d, want %d", s, w, got, want)
			}
			if got, want := index(s, w), strings.Index(s, w); got != want {
				t.Errorf("index(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
}

// TestIndexAnyOfWindows: indexAnyOf and lastIndexAnyOf agree with the
// strings package on every window of a report sentence, cut inside its
// characters too.
func TestIndexAnyOfWindows(t *testing.T) {
	s := "全市地区生产总值(GDP)完成1234.5亿元，同比增长5.2%；其中（不含\xe5\x85）第一产业\xef\xbc；。、\xf0\x9f\x98\x80末"
	for _, c := range []string{"，,；;。", "(（", ")）", clauseStops, "季月半", "、\U0001F600"} {
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				if got, want := indexAnyOf(s[i:j], c), strings.IndexAny(s[i:j], c); got != want {
					t.Fatalf("indexAnyOf(%q, %q) = %d, want %d", s[i:j], c, got, want)
				}
				if got, want := lastIndexAnyOf(s[i:j], c), strings.LastIndexAny(s[i:j], c); got != want {
					t.Fatalf("lastIndexAnyOf(%q, %q) = %d, want %d", s[i:j], c, got, want)
				}
			}
		}
	}
}
