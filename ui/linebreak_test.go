package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/assets"
)

// From 000: the sentence whose 1个 was set as "…提升1" | "个、0.8个…".
const breakFixture = "2024年,全年地区生产总值增长5.0%,高于2023年1.2个百分点。其中,第一产业增长2.5%," +
	"第二产业增长5.4%,第三产业增长4.4%,分别比2023年提升1个、0.8个、1.8个百分点。" +
	"全年完成一般公共预算收入121.7亿元,“四个聚焦”（生物医药、新材料）带动30多万元投资。"

func fixtureAdvances(t *testing.T) *advances {
	t.Helper()
	adv, err := newAdvances(assets.Font)
	if err != nil {
		t.Fatal(err)
	}
	return adv
}

// At every measure from 6 to 40 ems the lines cover the text exactly, keep
// within the measure, and obey the rules of Chinese line breaking.
func TestBreakLinesFollowsChineseRules(t *testing.T) {
	adv := fixtureAdvances(t)
	us := units(breakFixture, adv.em)
	for width := float32(6); width <= 40; width++ {
		lines := breakLines(breakFixture, us, width)
		var b strings.Builder
		for i, l := range lines {
			s := breakFixture[l.start:l.end]
			b.WriteString(s)
			if w := lineWidth(strings.TrimRightFunc(s, isClosing), adv); w > width+0.01 && !isOneUnit(s, us, l) {
				t.Errorf("width %v: line %q is %.1f ems", width, s, w)
			}
			if i > 0 && startsWithAny(s, noLineStart) {
				t.Errorf("width %v: line %d starts with closing punctuation: %q", width, i, s)
			}
			if i < len(lines)-1 && endsWithAny(s, noLineEnd) {
				t.Errorf("width %v: line %d ends with opening punctuation: %q", width, i, s)
			}
			if i > 0 {
				prev := breakFixture[lines[i-1].start:lines[i-1].end]
				last, _ := utf8.DecodeLastRuneInString(prev)
				first, _ := utf8.DecodeRuneInString(s)
				if isDigit(last) && (isDigit(first) || first == '%' || strings.ContainsRune(unitRunes, first)) {
					t.Errorf("width %v: a figure is split: %q | %q", width, prev, s)
				}
			}
		}
		if b.String() != breakFixture {
			t.Fatalf("width %v: lines do not cover the text exactly", width)
		}
	}
}

func TestFigureStaysWhole(t *testing.T) {
	adv := fixtureAdvances(t)
	for _, fig := range []string{"5.0%", "1个", "0.8个", "1.8个百分点", "121.7亿元", "2024年", "30多万元"} {
		i := strings.Index(breakFixture, fig)
		found := false
		for _, u := range units(breakFixture, adv.em) {
			if u.start == i && u.end >= i+len(fig) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s is not one unbreakable unit", fig)
		}
	}
}

func lineWidth(s string, adv *advances) float32 {
	var w float32
	for _, r := range s {
		w += adv.em(r)
	}
	return w
}

// isOneUnit reports whether a line is a single unbreakable unit, which may
// be wider than the measure.
func isOneUnit(s string, us []unit, l textLine) bool {
	for _, u := range us {
		if u.start == l.start && u.end == l.end {
			return true
		}
	}
	return false
}

// isClosing reports punctuation that may hang past the measure.
func isClosing(r rune) bool { return strings.ContainsRune(noLineStart, r) }
