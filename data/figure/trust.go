package figure

import (
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/segment"
)

// This file judges whether a figure's name can be trusted. OCR of a page
// set in columns writes a row of all the columns as one line, and a name
// read off such a row can start or end inside a word whose other half is on
// its column's line before or after (龙|头企业, 境|内项目, 新认定创新龙|), or
// join two columns (生物医药产 | 动、省级…). mend.go replaces such names.

// flaw is what is wrong with a name.
type flaw uint8

const (
	whole      flaw = iota // nothing found wrong
	brokenHead             // it starts inside a word: 头企业 of 龙头企业
	brokenTail             // it ends inside a word: 新认定创新龙, 乡村建设示
	acrossGap              // it is written across a gap between two columns
)

// verdict is what judgeName finds about a name.
type verdict struct {
	flaw flaw
	// honest is what of a flawed name can be kept when nothing better is
	// found: the part in the number's own column without its broken word;
	// "" when nothing can.
	honest string
}

// nameReach is how far before a figure (and half as far after) its name
// is looked for.
const nameReach = 300

// judgeName finds where figure f's name is written and whether OCR broke
// it there. prevStart is where the written figure before f starts (-1 for
// none): a name written before that figure is that figure's, lent to f.
func (x *extractor) judgeName(f Figure, prevStart int) verdict {
	if f.Name == "" || f.Derived {
		return verdict{}
	}
	rs, pos := x.whereWritten(f)
	if pos == nil {
		return verdict{}
	}
	v := verdict{}
	parts := x.columnParts(rs, pos)
	if len(parts) > 1 {
		v.flaw = acrossGap
	}
	// keep the part nearest the number: the rest is another column's
	keep, near := nearestPart(parts, pos, f)
	if near < 0 {
		return verdict{} // not found written: nothing to judge
	}
	kept := rs[keep[0]:keep[1]]
	head, last := pos[keep[0]], pos[keep[1]-1]
	tailEnd := -1
	if last >= 0 {
		tailEnd = x.after(last)
	}
	if head >= 0 && x.headBroken(kept, head) {
		if v.flaw == whole {
			v.flaw = brokenHead
		}
		kept = x.dropWord(kept, true)
	}
	lent := prevStart >= 0 // written before the figure before f
	for _, p := range pos {
		if p >= prevStart {
			lent = false
		}
	}
	if tailEnd >= 0 && x.tailBroken(kept, tailEnd) {
		if v.flaw == whole {
			v.flaw = brokenTail
		}
		if tailEnd <= f.Start && strings.TrimSpace(trimSet(x.s[tailEnd:f.Start], "\u3000")) == "" {
			// 解决所有问题全 6项政策: the words right before the number
			// end another column's line; a count is named by what
			// follows its measure word
			kept = nil
			if f.Kind == Count {
				kept = []rune(x.counted(f.End))
			}
		} else {
			kept = x.dropWord(kept, false)
		}
	}
	if v.flaw == whole {
		return v
	}
	if !lent {
		v.honest = string(kept)
	}
	if runeLen(v.honest) < 2 || bareVerb(v.honest) != "" || emptyNames[v.honest] {
		v.honest = ""
	}
	return v
}

// columnParts splits a name written at pos into the parts between gaps of
// OCR columns: a space in a row of columns wraps a column's line as often
// as it jumps to the next column; a jump breaks a word (生物医药产 | 动), a
// wrap between words does not (申报万亿国债 | 项目).
func (x *extractor) columnParts(rs []rune, pos []int) [][2]int {
	var parts [][2]int
	from := 0
	for j := 0; j+1 < len(rs); j++ {
		if pos[j] < 0 || pos[j+1] < 0 {
			continue
		}
		e := x.after(pos[j])
		if pos[j+1] == e || skipFiller(x.s, e, pos[j+1]) != pos[j+1] || !x.gapIn(e, pos[j+1]) {
			continue // written together, or apart (设立 | 20亿元 | 生物医药…)
		}
		if x.brokenEnd(rs[from:j+1]) || x.brokenStart(rs[j+1:], e) {
			parts = append(parts, [2]int{from, j + 1})
			from = j + 1
		}
	}
	return append(parts, [2]int{from, len(rs)})
}

// nearestPart is the part written nearest figure f, and how near; -1 when
// no part is found written.
func nearestPart(parts [][2]int, pos []int, f Figure) ([2]int, int) {
	keep, near := parts[0], -1
	for _, p := range parts {
		for j := p[0]; j < p[1]; j++ {
			if pos[j] < 0 {
				continue
			}
			if d := distance(pos[j], f.Start, f.End); near < 0 || d < near {
				keep, near = p, d
			}
		}
	}
	return keep, near
}

// whereWritten returns the runes of f's name and where each is written
// (see written); nil positions when the name is written whole before the
// number with no line ending beside it, as most names are: then it cannot
// have been broken.
func (x *extractor) whereWritten(f Figure) ([]rune, []int) {
	lo := runeStart(x.s, max(0, f.Start-nameReach))
	near := runeStart(x.s, max(lo, f.Start-len(f.Name)-60))
	k := lastIndex(x.s[near:f.Start], f.Name) // most often right before
	if k >= 0 {
		k += near
	} else if k = lastIndex(x.s[lo:min(f.Start, near+len(f.Name))], f.Name); k >= 0 {
		k += lo
	}
	if k >= 0 {
		a, _ := hanzi.DecodeLastRune(x.s[:k])
		b, _ := hanzi.DecodeRune(x.s[k+len(f.Name):])
		if !hanzi.IsBlank(a) && !hanzi.IsBlank(b) {
			return nil, nil
		}
	}
	if k >= 0 {
		rs := []rune(f.Name)
		pos := make([]int, len(rs))
		for j := range rs {
			pos[j] = k
			k = x.after(k)
		}
		return rs, pos
	}
	hi := runeStart(x.s, min(len(x.s), f.End+nameReach/2))
	for k := f.End; k < hi; {
		// what a number names after it is in its clause and paragraph
		r, sz := hanzi.DecodeRune(x.s[k:hi])
		if clauseStopRune(r) || strings.HasPrefix(x.s[k:hi], "\n\n") {
			hi = k
			break
		}
		k += sz
	}
	if !hasBlank(x.s[lo:hi]) {
		return nil, nil // no line ends near: nothing can be broken
	}
	rs := []rune(f.Name)
	return rs, x.written(rs, lo, hi, f.Start, f.End)
}

// clauseStopRune is strings.ContainsRune("，,。；;：:！？", r) without
// turning r back into a string for every rune after every number.
func clauseStopRune(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '：', ':', '！', '？':
		return true
	}
	return false
}

// hasBlank reports whether s holds a blank (hanzi.IsBlank).
func hasBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\t', '\r':
			return true
		case 0xE3: // U+3000 is E3 80 80
			if strings.HasPrefix(s[i:], "\u3000") {
				return true
			}
		case 0xC2: // U+00A0 is C2 A0
			if strings.HasPrefix(s[i:], "\u00a0") {
				return true
			}
		}
	}
	return false
}

// after is the offset after the character at offset p: as written, which
// for a byte that is not UTF-8 is one byte, though it reads as U+FFFD.
func (x *extractor) after(p int) int {
	_, sz := hanzi.DecodeRune(x.s[p:])
	return p + sz
}

func distance(p, start, end int) int {
	if p < start {
		return start - p
	}
	if p >= end {
		return p - end
	}
	return 0
}

// written finds where the runes of a name are written in x.s[lo:hi]: the
// offset of each, or -1 for one not found. Blanks and quote marks may
// stand between them. A name put together from several places (设立 |
// 20亿元 | 生物医药产业基金, 智能制造产业园 | 投资) is found piece by piece,
// each the longest run of its runes written together, nearest the figure
// at start..end; a lone character is not looked for.
func (x *extractor) written(rs []rune, lo, hi, start, end int) []int {
	pos := make([]int, len(rs))
	for i := 0; i < len(rs); {
		n, p := x.longestWritten(rs[i:], lo, hi, start, end)
		if n == 0 || n == 1 && len(rs) > 1 {
			pos[i] = -1
			i++
			continue
		}
		for j := 0; j < n; j++ {
			if j > 0 {
				p = skipFiller(x.s, p, hi)
			}
			pos[i+j] = p
			p = x.after(p)
		}
		i += n
	}
	return pos
}

// longestWritten returns how many of the first runes of rs are written
// together in x.s[lo:hi], most and nearest start..end first, and where.
func (x *extractor) longestWritten(rs []rune, lo, hi, start, end int) (int, int) {
	bestN, bestP, bestD := 0, -1, 0
	for k := lo; k < hi; {
		j := strings.IndexRune(x.s[k:hi], rs[0])
		if j < 0 {
			break
		}
		p := k + j
		k = x.after(p)
		n, q := 1, k
		for n < len(rs) {
			q = skipFiller(x.s, q, hi)
			r, sz := hanzi.DecodeRune(x.s[q:hi])
			if r != rs[n] || sz == 0 {
				break
			}
			q += sz
			n++
		}
		if d := distance(p, start, end); n > bestN || n == bestN && d < bestD {
			bestN, bestP, bestD = n, p, d
		}
	}
	return bestN, bestP
}

// skipFiller skips the blanks and quote marks that a name is written
// across (地区生产总 值, “断头路”).
func skipFiller(s string, k, hi int) int {
	for k < hi {
		r, sz := hanzi.DecodeRune(s[k:hi])
		switch r {
		case ' ', '\n', '\t', '\r', '\u3000', '\u00a0', '“', '”', '"', '《', '》':
			k += sz
			continue
		}
		break
	}
	return k
}

// gapIn reports whether the blanks in s[from:to], between two characters
// of a name, are a gap between columns: a space in a row of columns,
// between two characters that make no word, after a column's short line
// and before another (供水 | 项目, 生物医药产 | 动).
func (x *extractor) gapIn(from, to int) bool {
	ws := strings.IndexAny(x.s[from:to], " \u3000")
	if ws < 0 || strings.ContainsAny(x.s[from:to], "\n") {
		return false
	}
	ws += from
	we := ws
	for we < to {
		r, sz := hanzi.DecodeRune(x.s[we:to])
		if !hanzi.IsBlank(r) {
			break
		}
		we += sz
	}
	a, _ := hanzi.DecodeLastRune(x.s[:ws])
	b, _ := hanzi.DecodeRune(x.s[we:])
	if !hanzi.IsHan(a) || !hanzi.IsHan(b) || isWordAcross(a, b) {
		return false
	}
	return x.columnSpace(ws, we) && runeLen(x.runAfter(we)) >= 2
}

// columnSpace reports whether the blanks s[ws:we] end a column's line in a
// row of columns: the run of characters before them is short, but not one
// letter spaced out (占 年 度 投 资).
func (x *extractor) columnSpace(ws, we int) bool {
	if n := runeLen(x.runBefore(ws)); n < 2 || n > 20 {
		return false
	}
	_, columns := x.row(ws, we)
	return columns
}

// runBefore is the text between the blank or line break before offset k
// and k, or a long stretch when there is none within 120 bytes.
func (x *extractor) runBefore(k int) string {
	lo := runeStart(x.s, max(0, k-120))
	if j := strings.LastIndexAny(x.s[lo:k], " \n\u3000"); j >= 0 {
		_, sz := hanzi.DecodeRune(x.s[lo+j:])
		return x.s[lo+j+sz : k]
	}
	return x.s[lo:k]
}

// runAfter is the text from offset k to the next blank or line break.
func (x *extractor) runAfter(k int) string {
	hi := runeStart(x.s, min(len(x.s), k+120))
	if j := strings.IndexAny(x.s[k:hi], " \n\u3000"); j >= 0 {
		return x.s[k : k+j]
	}
	return x.s[k:hi]
}

// breakAround returns the blanks s[ws:we] next to offset k (before it, or
// after it) and whether they end a line of text: a line break, or a
// column's line in a row of columns.
func (x *extractor) breakAround(k int, before bool) (ws, we int, ok bool) {
	ws, we = k, k
	if before {
		for ws > 0 {
			r, sz := hanzi.DecodeLastRune(x.s[:ws])
			if !hanzi.IsBlank(r) {
				break
			}
			ws -= sz
		}
	} else {
		for we < len(x.s) {
			r, sz := hanzi.DecodeRune(x.s[we:])
			if !hanzi.IsBlank(r) {
				break
			}
			we += sz
		}
	}
	if ws == we {
		return ws, we, before && ws == 0 || !before && we == len(x.s)
	}
	if strings.Contains(x.s[ws:we], "\n") {
		return ws, we, true
	}
	return ws, we, x.columnSpace(ws, we)
}

// headBroken reports whether a name written from offset p starts inside a
// word: a line of text begins there and the name's first word is the end
// of a word on the line before.
func (x *extractor) headBroken(name []rune, p int) bool {
	ws, we, ok := x.breakAround(p, true)
	return ok && ws < we && x.brokenStart(name, ws)
}

// brokenStart reports whether a name written after a line break ending at
// ws starts with the end of a word: its first word is a single character
// that makes a word with the last character of the line before in its
// column (龙|头企业, 境|内项目). In a row of columns that line is one of the
// few runs before.
func (x *extractor) brokenStart(name []rune, ws int) bool {
	if len(name) == 0 {
		return false
	}
	we := skipFiller(x.s, ws, len(x.s))
	newline := strings.Contains(x.s[ws:we], "\n")
	var w [2 * utf8.UTFMax]byte
	k := ws
	for n := 0; n < 4 && k > 0; n++ {
		a, _ := hanzi.DecodeLastRune(x.s[:k])
		if d := segment.Default().Dict(); hanzi.IsHan(a) && d != nil {
			m := utf8.EncodeRune(w[:], a)
			m += utf8.EncodeRune(w[m:], name[0])
			if _, ok := d.Freq(string(w[:m])); ok {
				toks := x.words(name)
				return len(toks) > 0 && runeLen(toks[0].Text) == 1
			}
		}
		if newline {
			break
		}
		run := x.runBefore(k)
		k -= len(run)
		for k > 0 && x.s[k-1] == ' ' {
			k--
		}
		if k == 0 || x.s[k-1] == '\n' || run == "" {
			break
		}
	}
	return false
}

// tailBroken reports whether a name written up to offset end ends inside a
// word: a line of text ends there, and the name's last word is a single
// character that does not end names on its own (新认定创新龙 | 头企业,
// 乡村建设示 | 范; not 保交房交付率 | 达).
func (x *extractor) tailBroken(name []rune, end int) bool {
	if _, _, ok := x.breakAround(end, false); !ok {
		return false
	}
	return x.brokenEnd(name)
}

// brokenEnd reports whether the last word of a name is a single character
// that does not end names on its own.
func (x *extractor) brokenEnd(name []rune) bool {
	toks := x.words(name)
	if len(toks) == 0 {
		return false
	}
	w := toks[len(toks)-1].Text
	return runeLen(w) == 1 && !strings.Contains(nameFinals, w)
}

// words cuts a name into words, once per extraction; nil without a
// dictionary, and then no name is judged broken.
func (x *extractor) words(name []rune) []segment.Token {
	if len(name) == 0 {
		return nil
	}
	return x.cut(string(name))
}

// cut cuts text into words, once per extraction (names repeat: a long
// name cut by wordEnd was a segmenter built each time, a twentieth of
// Extract); nil without a dictionary.
func (x *extractor) cut(n string) []segment.Token {
	if toks, ok := x.cuts[n]; ok {
		return toks
	}
	var toks []segment.Token
	if d := segment.Default().Dict(); d != nil {
		toks = d.Cut(n)
	}
	if x.cuts == nil {
		x.cuts = map[string][]segment.Token{}
	}
	x.cuts[n] = toks
	return toks
}

// dropWord takes the first (or last) word off a name.
func (x *extractor) dropWord(name []rune, first bool) []rune {
	toks := x.words(name)
	if len(toks) == 0 {
		return nil
	}
	if first {
		return []rune(string(name)[toks[0].End:])
	}
	return []rune(string(name)[:toks[len(toks)-1].Start])
}
