package figure

import (
	"strings"
	"testing"
)

// The speed rounds' shortcuts give the answers of the plain code they
// replace; these hold them to it on report words.

// TestStripGenericLongest: the longest generic ending goes, and never the
// whole name.
func TestStripGenericLongest(t *testing.T) {
	plain := func(s string) string {
		best := ""
		for g, ok := range genericNames {
			if ok && strings.HasSuffix(s, g) && len(s) > len(g) && len(g) > len(best) {
				best = g
			}
		}
		return strings.TrimSuffix(s, best)
	}
	for _, s := range []string{
		"花海广场总投资", "固定资产投资", "投资", "总投资", "项目建设总面积", "全市生产总值增速",
		"粮食总产量", "工业总产值", "规上工业增加值增速", "全省排名", "综合排名", "排名", "",
		"a总投资", "\xe6总投资", "总投资\xe6", "社会消费品零售总额", "资金额", "到位资金额",
	} {
		if got, want := stripGeneric(s), plain(s); got != want {
			t.Errorf("stripGeneric(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLastWordAsEveryWord: lastWord is the last of the words, the longer
// one where two start at the same place.
func TestLastWordAsEveryWord(t *testing.T) {
	plain := func(s string, words []string) (int, string) {
		at, word := -1, ""
		for _, w := range words {
			if k := lastIndex(s, w); k >= 0 && (k > at || k == at && len(w) > len(word)) {
				at, word = k, w
			}
		}
		return at, word
	}
	lists := [][]string{rankedPlaceLeads, nextPlaceLeads, zoneNameVerbs, respectiveWords, gapWords, {"高于", "高", "低于", "低"}}
	for _, s := range []string{
		"全市生产总值增速高于全省1.2个百分点，低于全国0.3个百分点", "分别比上年增长", "在全省排名第三位，位居",
		"高新区实现营业收入", "", "高", "低于高于", "其中，县城分别",
	} {
		for _, words := range lists {
			k, w := lastWord(s, words)
			wk, ww := plain(s, words)
			if k != wk || w != ww {
				t.Errorf("lastWord(%q, %q) = %d, %q, want %d, %q", s, words, k, w, wk, ww)
			}
		}
	}
}

// TestClosesBracketByBytes: reading bytes finds the brackets a range over
// the runes finds, broken bytes around them alike.
func TestClosesBracketByBytes(t *testing.T) {
	plain := func(s string) bool {
		depth := 0
		for _, r := range s {
			switch r {
			case '(', '（', '[', '［', '【':
				depth++
			case ')', '）', ']', '］', '】':
				depth--
				if depth < 0 {
					return true
				}
			}
		}
		return false
	}
	for _, s := range []string{
		"年)增长5%", "年）增长5%", "年（上年为3%）增长", "年】", "年［注］", "年］", "", "年", "）（", "(（)）)",
		"\xef\xbc", "\xef\xbc\x89", "\xe3\x80\x91", "\xe3\x80", "a\xef)b", "\xe4\xef\xbc\x89", "\xf0\x9f\xbc\x89", "年】增长【",
	} {
		if got, want := closesBracket(s), plain(s); got != want {
			t.Errorf("closesBracket(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRuneSetsAsStrings: numeralRune and magnitudeRune are the strings
// they stand for.
func TestRuneSetsAsStrings(t *testing.T) {
	for _, r := range "一二两三四五六七八九十百千万亿零〇0123456789年月个%\uFFFD" {
		if numeralRune(r) != strings.ContainsRune(numeralRunes, r) || magnitudeRune(r) != strings.ContainsRune(magnitudeWords, r) {
			t.Errorf("%q: numeralRune %v, magnitudeRune %v", r, numeralRune(r), magnitudeRune(r))
		}
	}
}
