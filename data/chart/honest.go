package chart

import (
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
)

// targetWords, written in a figure's clause before it, make it a goal or
// a forecast (预期增长5.5%左右, 力争达到…): never drawn as an actual value.
// A share of a plan (完成年度计划的131%) is an actual; 计划 alone is
// not a sign.
var targetWords = []string{"目标", "预期", "预计", "力争", "争取达到", "计划完成", "计划投资", "计划新增", "计划实施", "确保", "要达到", "将达到"}

// clauseBefore is the text of f's clause before it: back to the last
// ，。；：！？ or line break, at most 40 bytes' worth of runes.
func clauseBefore(f figure.Figure, a *corpus.Article) string {
	if a == nil || f.Start <= 0 || f.Start > len(a.Raw) {
		return ""
	}
	s := strings.ToValidUTF8(string(a.Raw[max(0, f.Start-90):f.Start]), "")
	if i := strings.LastIndexAny(s, "，。；：！？,;\n"); i >= 0 {
		_, w := utf8.DecodeRuneInString(s[i:])
		s = s[i+w:]
	}
	return compact(s)
}

// isTarget reports a goal or forecast: its clause says so, or it is of a
// year after the article's own (a 2025 target in a report on 2024).
func isTarget(f figure.Figure, a *corpus.Article) bool {
	if f.Derived || f.Kind == figure.Share {
		return false
	}
	before := clauseBefore(f, a)
	for _, w := range targetWords {
		if strings.Contains(before, w) {
			return true
		}
	}
	if a != nil && a.Year != 0 && f.Year != nil && *f.Year > a.Year {
		return true
	}
	return false
}

// withoutTargets drops goals and forecasts, saying how many.
func withoutTargets(figs []figure.Figure, art func(figure.Figure) *corpus.Article) ([]figure.Figure, int) {
	out := figs[:0:0]
	for _, f := range figs {
		if !isTarget(f, art(f)) {
			out = append(out, f)
		}
	}
	return out, len(figs) - len(out)
}

// hint tells apart figures that share a name (项目 6个 and 项目 12个):
// the words of the clause before the figure, without its name and place,
// up to eight characters, nearest the figure.
func hint(f figure.Figure, a *corpus.Article) string {
	s := clauseBefore(f, a)
	// Without the name, and without the place, which the label has.
	cut := []string{strings.TrimSpace(f.Name), f.Region}
	if a != nil {
		cut = append(cut, a.Region)
	}
	for _, n := range cut {
		if i := strings.LastIndex(s, n); n != "" && i >= 0 {
			s = s[:i] + s[i+len(n):]
		}
	}
	r := []rune(s)
	if len(r) > 8 {
		r = r[len(r)-8:]
	}
	return string(r)
}

// offScaleNote says that bars drawn broken are not to scale.
func offScaleNote(c Chart) string {
	if c.Kind == Dots {
		return ""
	}
	if _, ok := offScale(values(c.Bars)); ok {
		return "断开的条超出刻度，长度不按比例，以所标数值为准。"
	}
	return ""
}
