// Package names derives the short forms of division names (浙江 for 浙江省,
// 黔东南州 and 黔东南 for 黔东南苗族侗族自治州) from two tables kept as data:
// suffixes.tsv and ethnic.txt. The gazetteer and its generator both use it,
// so the generator can check every short form against the dictionary.
package names

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Levels, in the order of the gazetteer's Level type.
const (
	Province = iota
	Prefecture
	County
	Town
)

// MinRunes is the shortest short form kept: one character names nothing.
const MinRunes = 2

//go:embed suffixes.tsv
var suffixesTSV string

//go:embed ethnic.txt
var ethnicTXT string

//go:embed initials.tsv
var initialsTSV string

type rule struct {
	suffix  string
	endings []string // "" is the bare stem
	strip   bool
}

// initial is one rule of initials.tsv: a stem of at least minStem runes
// before suffix is written by its first rune and ending (博州).
type initial struct {
	suffix, ending string
	minStem        int
	strip          bool
}

// Table holds the suffix rules by level and the ethnic names to strip.
type Table struct {
	rules    [Town + 1][]rule
	initials [Town + 1][]initial
	ethnic   []string
}

var levelNames = map[string]int{"province": Province, "prefecture": Prefecture, "county": County}

// Default parses the embedded tables.
func Default() (*Table, error) {
	t := &Table{}
	for i, line := range strings.Split(suffixesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		lv, ok := levelNames[f[0]]
		if len(f) != 4 || !ok {
			return nil, fmt.Errorf("suffixes.tsv line %d: want level, suffix, endings, ethnic", i+1)
		}
		r := rule{suffix: f[1], strip: f[3] == "strip"}
		for _, e := range strings.Split(f[2], ",") {
			if e != "!" {
				r.endings = append(r.endings, strings.TrimPrefix(e, "-"))
			}
		}
		t.rules[lv] = append(t.rules[lv], r)
	}
	if err := t.parseInitials(); err != nil {
		return nil, err
	}
	for _, rs := range t.rules {
		sort.SliceStable(rs, func(i, j int) bool { return len(rs[i].suffix) > len(rs[j].suffix) })
	}
	for _, line := range strings.Split(ethnicTXT, "\n") {
		if line != "" && line[0] != '#' {
			t.ethnic = append(t.ethnic, line)
		}
	}
	// Longest first, so 蒙古族 goes before 蒙古.
	sort.SliceStable(t.ethnic, func(i, j int) bool { return len(t.ethnic[i]) > len(t.ethnic[j]) })
	return t, nil
}

// Shorts returns the short forms of an official name at a level, without the
// name itself, each at least MinRunes long. Towns have none.
func (t *Table) Shorts(name string, level int) []string {
	if level < 0 || level >= len(t.rules) {
		return nil
	}
	for _, r := range t.rules[level] {
		stem, ok := strings.CutSuffix(name, r.suffix)
		if !ok {
			continue
		}
		if r.strip {
			stem = t.stripEthnic(stem)
		}
		var out []string
		for _, e := range r.endings {
			s := stem + e
			if s != name && utf8.RuneCountInString(stem) >= MinRunes {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// stripEthnic removes ethnic names from the end of stem while at least
// MinRunes remain (内蒙古 keeps its 蒙古).
func (t *Table) stripEthnic(stem string) string {
	for changed := true; changed; {
		changed = false
		for _, e := range t.ethnic {
			rest, ok := strings.CutSuffix(stem, e)
			if ok && utf8.RuneCountInString(rest) >= MinRunes {
				stem, changed = rest, true
				break
			}
		}
	}
	// A unit named for its people alone (东乡族自治县, 鄂温克族自治旗) is
	// written by the people's name without 族 (东乡县, 鄂温克旗): 东乡族 is
	// the people, not the place.
	if rest, ok := strings.CutSuffix(stem, "族"); ok && utf8.RuneCountInString(rest) >= MinRunes {
		stem = rest
	}
	return stem
}

// parseInitials reads initials.tsv.
func (t *Table) parseInitials() error {
	for i, line := range strings.Split(initialsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		lv, ok := levelNames[f[0]]
		if len(f) != 5 || !ok {
			return fmt.Errorf("initials.tsv line %d: want level, suffix, ending, fewest, ethnic", i+1)
		}
		n, err := strconv.Atoi(f[3])
		if err != nil || n < MinRunes {
			return fmt.Errorf("initials.tsv line %d: fewest characters %q", i+1, f[3])
		}
		t.initials[lv] = append(t.initials[lv], initial{suffix: f[1], ending: f[2], minStem: n, strip: f[4] == "strip"})
	}
	return nil
}

// Initials returns the short forms of an official name at a level written
// by the first character of its stem (博州 for 博尔塔拉蒙古自治州, 锡盟 for
// 锡林郭勒盟), by initials.tsv; nil when its stem is shorter than the rule
// asks (黔东南苗族侗族自治州, 兴安盟). Shorts does not give them.
func (t *Table) Initials(name string, level int) []string {
	if level < 0 || level >= len(t.initials) {
		return nil
	}
	var out []string
	for _, r := range t.initials[level] {
		stem, ok := strings.CutSuffix(name, r.suffix)
		if !ok {
			continue
		}
		if r.strip {
			stem = t.stripEthnic(stem)
		}
		if utf8.RuneCountInString(stem) >= r.minStem {
			first, _ := utf8.DecodeRuneInString(stem)
			out = append(out, string(first)+r.ending)
		}
	}
	return out
}
