package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// respectiveWords pair a list of values with a list of places written
// before them, in order: 尧都区、洪洞县…和安泽县,分别占全市比重的22.9%、
// 13.4%…; 依次为; 张家港市和常熟市分列第二、第三名.
var respectiveWords = []string{"分别", "依次", "分列", "分居"}

// listJoins may stand between two places of one list: 、和及与, and a
// value in brackets given to the first (洪洞县(23.9%)、尧都区(16.9%)).
const listJoins = "、和及与 "

// placeListReach is how far before its first value, in bytes, a list of
// places may stand in the value list's sentence.
const placeListReach = 900

// placeListOwner is the owner of the idx-th of n values (n > 1) listed
// after 分别 or 依次 when the same sentence lists exactly n places before
// them, whatever their grammatical role (经济总量排在前十位的县市分别是尧都
// 区、…和安泽县,分别占全市比重的22.9%、…和4.0%; 贡献率分别为洪洞县(23.9%)、
// …和侯马市(0.5%),对全市GDP拉动力分别为6.0、…和0.1个百分点): each value is
// the place's written in its position. ok is false when no such list is.
func (x *extractor) placeListOwner(pos, ss, idx, n, listStart int) (string, bool) {
	if n < 2 {
		idx, n, listStart = x.valueRun(pos)
	}
	if n < 2 || idx >= n || listStart <= ss {
		return "", false
	}
	from := runeStart(x.s, max(ss, listStart-placeListReach))
	run := x.lastPlaceRun(from, listStart)
	if len(run) != n {
		return "", false
	}
	gap := x.s[run[n-1].End:listStart]
	if strings.ContainsAny(gap, "。；;") || !containsAny(gap, respectiveWords) {
		return "", false
	}
	if comparedAt(x.s, run[0].Start) {
		return "", false // 分别高于全国、全省: the scopes compared with, not the owners
	}
	name, _ := x.pl.nameOf(run[idx])
	return name, true
}

// lastPlaceRun is the last run of places above town level in [from, to)
// written as one list (joined by listJoins, each maybe followed by its
// value in brackets), with no other place after it; nil when the last
// place stands alone.
func (x *extractor) lastPlaceRun(from, to int) []gazetteer.Mention {
	var run []gazetteer.Mention
	for _, m := range x.pl.at(from, to) {
		if m.End > to {
			break
		}
		if len(m.Codes) != 1 || x.pl.level(m) == gazetteer.Town {
			run = nil
			continue
		}
		if len(run) > 0 && !placeListGap(x.s[run[len(run)-1].End:m.Start]) {
			run = nil
		}
		run = append(run, m)
	}
	if len(run) < 2 {
		return nil
	}
	return run
}

// placeListGap reports whether gap, written between two places, joins them in
// one list: a join, after an optional value in brackets.
func placeListGap(gap string) bool {
	if strings.HasPrefix(gap, "(") || strings.HasPrefix(gap, "（") {
		k := strings.IndexAny(gap, ")）")
		if k < 0 {
			return false
		}
		_, sz := hanzi.DecodeRune(gap[k:])
		gap = gap[k+sz:]
	}
	return gap != "" && strings.Trim(gap, listJoins) == ""
}

// valueRun is where the value at pos stands in the run of values written
// around it joined by 、和及与, whatever their kinds and units (6.0、4.3、…
// 1.4和0.1个百分点: bare numbers sharing the last one's unit): its index, the
// run's length and the first value's start.
func (x *extractor) valueRun(pos int) (idx, n, start int) {
	i := x.qAfter(pos)
	if i >= len(x.qs) || x.qs[i].Start != pos {
		return 0, 1, pos
	}
	first, last := i, i
	for first > 0 && valueJoin(x.s[x.qs[first-1].End:x.qs[first].Start]) {
		first--
	}
	for last+1 < len(x.qs) && valueJoin(x.s[x.qs[last].End:x.qs[last+1].Start]) {
		last++
	}
	return i - first, last - first + 1, x.qs[first].Start
}

// valueJoin reports whether gap joins two values of one list.
func valueJoin(gap string) bool {
	if len(gap) > maxJoinBytes {
		return false // text between, not a join: no copy of it
	}
	g := compact(gap)
	return g == "、" || g == "和" || g == "与" || g == "及"
}

// maxJoinBytes is the longest gap valueJoin reads as a join: one 、 or 和
// with a few spaces or a line break about it.
const maxJoinBytes = 16

// listItemRunes is the longest a listed subject may be, in characters,
// before the last (which runs on into its predicate).
const listItemRunes = 4

// subjectListOwner is the owner of the idx-th of n values listed after 分别
// when the clause holding 分别, or the clause before it in the sentence,
// opens on a list of exactly n subjects joined by 、和及与 (乌市、中旗分别增长
// 24.3%、4.8%; 前旗、扎旗、中旗高于全盟平均水平,同比分别增长37.3%、…): the
// idx-th subject's place when it starts with one, else "" — a name the
// gazetteer does not know (扎旗) owns its value, and no other place may
// take it. ok is false when no such list is.
func (x *extractor) subjectListOwner(pos, ss, idx, n, listStart int) (string, bool) {
	if n < 2 {
		idx, n, listStart = x.valueRun(pos)
	}
	if n < 2 || idx >= n || listStart <= ss {
		return "", false
	}
	k, _ := lastWord(x.s[ss:listStart], respectiveWords)
	if k < 0 {
		return "", false
	}
	at := ss + k
	for cs, tries := clauseStart(x.s, ss, at), 0; tries < 2 && cs >= ss; tries++ {
		if items := x.listedSubjects(cs, at); len(items) == n {
			names := make([]string, n)
			places := 0
			for k, st := range items {
				end := at
				if k+1 < n {
					end = items[k+1]
				}
				names[k] = x.ownerStarting(st, end)
				if names[k] != "" {
					places++
				}
			}
			if places > 0 {
				return names[idx], true // a list of places, some unknown to the gazetteer
			}
			return "", false // a list of indicators (规上工业增加值、投资分别增长)
		}
		if cs <= ss {
			break
		}
		at = cs - 1
		for at > ss && x.s[at]&0xC0 == 0x80 {
			at--
		}
		cs = clauseStart(x.s, ss, at)
	}
	return "", false
}

// listedSubjects is where each subject starts when the text [cs, end)
// opens on two or more short names joined by 、和及与; nil otherwise.
func (x *extractor) listedSubjects(cs, end int) []int {
	seg := x.s[cs:end]
	var starts []int
	i := 0
	for {
		starts = append(starts, cs+i)
		j, runes := i, 0
		for j < len(seg) {
			r, sz := hanzi.DecodeRune(seg[j:])
			if r == '、' || r == '和' || r == '及' || r == '与' {
				break
			}
			if !hanzi.IsHan(r) {
				return trimListed(starts)
			}
			j += sz
			runes++
		}
		if j >= len(seg) || runes == 0 || runes > listItemRunes {
			return trimListed(starts) // the last runs on into its predicate
		}
		_, sz := hanzi.DecodeRune(seg[j:])
		i = j + sz
	}
}

func trimListed(starts []int) []int {
	if len(starts) < 2 {
		return nil
	}
	return starts
}

// placeStarting is the name of the place above town level whose mention
// starts at st, or "".
func (x *extractor) placeStarting(st int) string {
	for _, m := range x.pl.at(st, st+1) {
		if m.Start == st && len(m.Codes) == 1 && x.pl.level(m) != gazetteer.Town {
			name, _ := x.pl.nameOf(m)
			return name
		}
	}
	return ""
}
