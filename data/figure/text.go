package figure

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// layout holds where the sentences and paragraphs of a text begin, so that
// each figure finds its own quickly.
type layout struct {
	s          string
	sentences  []int // start offsets, ascending; a sentence runs to the next
	paragraphs []int
}

func newLayout(s string) *layout {
	l := &layout{s: s, sentences: []int{0}, paragraphs: []int{0}}
	newlines := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n':
				newlines++
				if newlines == 2 && l.brokenSentence(i) {
					newlines = 0 // 技术合\n\n同成交额: a page break inside a sentence
				}
				if newlines >= 2 {
					l.mark(i + 1)
					l.paragraphs = append(l.paragraphs, i+1)
				}
			case '!', '?':
				l.mark(i + 1)
			case ' ', '\t', '\r':
			default:
				newlines = 0
			}
			i++
			continue
		}
		if c >= 0xE4 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// a whole three-byte rune of the CJK blocks: none of the
			// marks below (。！？ and U+3000 lead with E3 or EF), and
			// nearly every character of the text
			newlines = 0
			i += 3
			continue
		}
		// hanzi.DecodeRune with its three-byte case written out (a call
		// for every character of the text)
		var r rune
		sz := 0
		if i+2 < len(s) && c&0xF0 == 0xE0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				sz = 3
			}
		}
		if sz == 0 {
			r, sz = hanzi.DecodeRune(s[i:])
		}
		switch r {
		case '。', '！', '？':
			l.mark(i + sz)
		case '\u3000':
			i += sz
			continue
		}
		newlines = 0
		i += sz
	}
	l.cutLongSentences()
	return l
}

// longSentence bounds a sentence, in bytes (some 800 characters): a page
// without full stops (a table run together, a list joined by 、 or spaces)
// would otherwise be one sentence, and the rules that read a figure's
// sentence back to its start made extraction quadratic on it (120 KB took
// minutes). Prose never comes near it.
const longSentence = 2400

// cutLongSentences cuts each sentence longer than longSentence at a clause
// mark (，、；, a space or a line break) every half of it, or, with none
// within reach, at a character.
func (l *layout) cutLongSentences() {
	var long bool
	for k, a := range l.sentences {
		if l.sentenceEnd(k)-a > longSentence {
			long = true
			break
		}
	}
	if !long {
		return
	}
	out := make([]int, 0, len(l.sentences)+len(l.s)/(longSentence/2))
	for k, a := range l.sentences {
		out = append(out, a)
		b := l.sentenceEnd(k)
		if b-a <= longSentence {
			continue
		}
		for at := a + longSentence/2; at < b-longSentence/4; at += longSentence / 2 {
			cut := clauseMarkAfter(l.s[:b], at, at+longSentence/2)
			if cut <= out[len(out)-1] || cut >= b {
				break
			}
			out = append(out, cut)
			at = cut
		}
	}
	l.sentences = out
}

// sentenceEnd is where sentence k ends.
func (l *layout) sentenceEnd(k int) int {
	if k+1 < len(l.sentences) {
		return l.sentences[k+1]
	}
	return len(l.s)
}

// clauseMarkAfter is the offset just after the first clause mark in
// s[from:to] (，、；, their ASCII forms, a space or a line break), or the
// first character start at or after to when there is none.
func clauseMarkAfter(s string, from, to int) int {
	to = min(to, len(s))
	for i := from; i < to; i++ {
		switch s[i] {
		case ',', ';', ' ', '\n':
			return i + 1
		case 0xEF: // ，；are EF BC 8C, EF BC 9B
			if i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] == 0x8C || s[i+2] == 0x9B) {
				return i + 3
			}
		case 0xE3: // 、 is E3 80 81
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x81 {
				return i + 3
			}
		}
	}
	for to < len(s) && s[to]&0xC0 == 0x80 {
		to++
	}
	return to
}

// brokenSentence reports whether the blank line ending at i interrupts a
// sentence: the line before is long and does not end with punctuation, and
// the line after starts with a word, not a new paragraph.
func (l *layout) brokenSentence(i int) bool {
	s := l.s
	end := lastIndexByte(s[:i], '\n')
	if end < 0 {
		return false
	}
	body := trimRightSet(s[:end], " \t\r\u3000")
	start := lastIndexByte(body, '\n') + 1
	line := body[start:]
	// a rune is one to four bytes: the count is needed only between
	if len(line) < 25 || len(line) < 4*25 && runeLen(line) < 25 {
		return false
	}
	r, _ := hanzi.DecodeLastRune(line)
	if !hanzi.IsHan(r) && !(r >= '0' && r <= '9') {
		return false
	}
	next := s[i+1:]
	if strings.HasPrefix(next, "本报") {
		return false
	}
	nr, _ := hanzi.DecodeRune(next)
	return hanzi.IsHan(nr)
}

// lineParagraphs adds the paragraphs the parser found at single line
// breaks: a page copied from the web writes one paragraph a line with no
// blank line between (二是…\n三是…), and a year or place named in one line
// is not the next line's.
func (l *layout) lineParagraphs(ps []corpus.Paragraph) {
	var add []int
	for _, p := range ps {
		st := p.Start
		if st < 2 || st > len(l.s) || l.s[st-1] != '\n' || l.s[st-2] == '\n' {
			continue // the start of the text, or after a blank line: found already
		}
		add = append(add, st)
	}
	if len(add) == 0 {
		return
	}
	l.paragraphs = mergeSorted(l.paragraphs, add)
}

// mergeSorted merges two ascending lists without duplicates.
func mergeSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var v int
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			v, i = a[i], i+1
		case i == len(a) || b[j] < a[i]:
			v, j = b[j], j+1
		default:
			v, i, j = a[i], i+1, j+1
		}
		if len(out) == 0 || out[len(out)-1] != v {
			out = append(out, v)
		}
	}
	return out
}

func (l *layout) mark(i int) {
	if i > l.sentences[len(l.sentences)-1] {
		l.sentences = append(l.sentences, i)
	}
}

// sentence returns the span of the sentence holding offset i.
func (l *layout) sentence(i int) (int, int) {
	return span(l.sentences, i, len(l.s))
}

// paragraph returns the span of the paragraph holding offset i.
func (l *layout) paragraph(i int) (int, int) {
	return span(l.paragraphs, i, len(l.s))
}

func span(starts []int, i, n int) (int, int) {
	k := sort.SearchInts(starts, i+1) - 1
	if k < 0 {
		k = 0
	}
	end := n
	if k+1 < len(starts) {
		end = starts[k+1]
	}
	return starts[k], end
}

// compact removes blanks and line breaks, which OCR scatters inside words
// (地区生产\n总值).
func compact(s string) string {
	k, n := firstBlank(s)
	if k < 0 {
		return s
	}
	// broken bytes come out as U+FFFD, as they always did; most often they
	// are a character cut at either end of a window of so many bytes
	// around a figure (x.s[pos-9:pos], x.s[end:end+90]), which is copied
	// so, one U+FFFD a byte
	p := 0
	for p < len(s) && s[p]&0xC0 == 0x80 {
		p++
	}
	t := len(s) - cutTail(s[p:])
	if !validText(s[p:t]) {
		return compactRunes(s)
	}
	if p == 0 && t == len(s) {
		if r, ok := blanksAtEdge(s, k, n); ok {
			return r
		}
		// the text before the first blank was read once already
		var b strings.Builder
		b.Grow(len(s))
		b.WriteString(s[:k])
		writeCompact(&b, s[k+n:])
		return b.String()
	}
	var b strings.Builder
	b.Grow(len(s) + 2*(p+len(s)-t))
	for range p {
		b.WriteString("\uFFFD")
	}
	writeCompact(&b, s[p:t])
	for range len(s) - t {
		b.WriteString("\uFFFD")
	}
	return b.String()
}

// blanksAtEdge is s without its blanks when they are one run at its start
// or its end (a window around a figure that reaches a line break), sliced
// rather than copied: most windows compact is given are so. s is valid
// UTF-8 and its first blank, n bytes long, is at k.
func blanksAtEdge(s string, k, n int) (string, bool) {
	j := k + n
	for j < len(s) {
		m := blankAt(s, j)
		if m == 0 {
			break
		}
		j += m
	}
	if j == len(s) {
		return s[:k], true
	}
	if k == 0 {
		if b, _ := firstBlank(s[j:]); b < 0 {
			return s[j:], true
		}
	}
	return "", false
}

// cutTail is how many bytes at the end of s are a rune cut short: a
// leading byte and fewer continuation bytes than it announces, each of
// which a range over s reads as U+FFFD; 0 when s ends whole (or is broken
// otherwise).
func cutTail(s string) int {
	for k := 1; k <= 3 && k <= len(s); k++ {
		c := s[len(s)-k]
		switch {
		case c&0xC0 == 0x80:
			continue // a continuation byte: look further back
		case c < 0xC0:
			return 0
		case c < 0xE0 && k < 2, c >= 0xE0 && c < 0xF0 && k < 3, c >= 0xF0:
			return k
		}
		return 0
	}
	return 0
}

// writeCompact writes valid UTF-8 s to b without its blanks.
func writeCompact(b *strings.Builder, s string) {
	start := 0
	for {
		k, n := firstBlank(s[start:])
		if k < 0 {
			break
		}
		b.WriteString(s[start : start+k])
		start += k + n
	}
	b.WriteString(s[start:])
}

// compactRunes is compact read rune by rune.
func compactRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case ' ', '\n', '\t', '\r', '\u3000', '\u00a0':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// blankAt is the length of the blank compact drops at byte i of valid
// UTF-8 s, or 0: E3 and C2 lead their runes, so a match is a whole one.
func blankAt(s string, i int) int {
	switch s[i] {
	case ' ', '\n', '\t', '\r':
		return 1
	case 0xE3: // U+3000 is E3 80 80
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return 3
		}
	case 0xC2: // U+00A0 is C2 A0
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

// hasSpace reports whether s holds a space compact drops, read by
// firstBlank: strings.ContainsAny with the ideographic space in its set
// decoded every rune of s, a tenth of Extract.
func hasSpace(s string) bool {
	k, _ := firstBlank(s)
	return k >= 0
}

// clauseStart is where the clause holding offset i begins, no earlier than
// from: after the last comma, semicolon or colon.
func clauseStart(s string, from, i int) int {
	if i-from > 240 {
		// a clause is short; a page without punctuation must not make
		// every figure read back to its start
		from = i - 240
		for from < i && s[from]&0xC0 == 0x80 {
			from++
		}
	}
	for j := i; j > from; {
		if j >= 3 && s[j-3] >= 0xE4 && s[j-3] <= 0xEC && s[j-2]&0xC0 == 0x80 && s[j-1]&0xC0 == 0x80 {
			j -= 3 // a whole CJK character: none of the marks below (they lead with E2, E3 or EF)
			continue
		}
		r, sz := hanzi.DecodeLastRune(s[:j]) // back over Chinese without utf8's slow path
		switch r {
		case '，', ',':
			if !inClosedBracket(s[j:i]) {
				return j
			}
		case '；', ';', '：', ':', '。', '！', '？':
			return j
		case '●', '■', '◆', '▲', '•', '★', '◎', '▶', '►':
			return j // ●城镇新增就业70万人: a bullet starts an item, whose line may be joined to the one before
		case '\n':
			// a page break before a fresh subject (…压减\n\n全市城镇新增就业), or
			// before a line that is a phrase of its own (…支出略有结余\n\n粮食产量1.37万亿斤)
			if strings.HasSuffix(strings.TrimRight(s[:j-1], " \t\r"), "\n") && (hasPrefixAny(s[j:], clauseOpeners) || phraseLine(s[j:])) {
				return j
			}
			if headingLine(s[from:j-1]) || titleLine(s[from:j-1]) || headlineOver(s, j, i) {
				return j // 二、农  业\n全年粮食作物播种面积: the heading names no figure
			}
		case '（', '(':
			if !strings.ContainsAny(s[j:i], "）)") && bracketClause(s[j:i]) {
				return j // …（猪肉价格上涨58.1%: the number is inside the bracket, which says its own clause
			}
		case ' ', '\u3000':
			if inlineHeading(s[from:j-sz]) || runInHeading(s, from, j-sz, j, i) {
				return j // 八、教育、文化和卫生、体育 年末共有各级各类学校389所
			}
		}
		j -= sz
	}
	return from
}

// inClosedBracket: a bracket closes in s, the words between a comma and a
// number, that did not open in it — the comma is inside a bracketed note
// (存款余额(人民币口径,下同)2112.7亿元), which does not end the clause: the
// subject is before the bracket.
//
// It reads bytes, not runes (clauseStart asks it at every comma it passes):
// ( and ) are single bytes, and （ ） are EF BC 88/89, whose lead byte is
// no continuation of another rune, so the bytes are the runes.
func inClosedBracket(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		open, closed := s[i] == '(', s[i] == ')'
		if s[i] == 0xEF && i+2 < len(s) && s[i+1] == 0xBC {
			open, closed = s[i+2] == 0x88, s[i+2] == 0x89
		}
		switch {
		case open:
			depth++
		case closed:
			if depth--; depth < 0 {
				return true
			}
		}
	}
	return false
}

// bracketClause: the words of an open bracket before its number make a
// clause of their own — a subject and a verb (猪肉价格上涨, 非税占比为) — not a
// note on the word before it (折含P2O5, 含小学教学点) nor a bare number.
func bracketClause(s string) bool {
	return hanAtLeast(s, 4) && (hasSuffixAny(strings.TrimSpace(s), growthVerbs) || hasSuffixAny(strings.TrimSpace(s), []string{"为", "达", "达到"}))
}

// inlineHeading: s ends in a numbered heading written on the line of its
// first sentence, a space after it (八、教育、文化和卫生、体育 年末…); a
// heading's own spaces (一、综  合) come before two characters of it.
//
// clauseStart asks this at every blank it passes going back, and OCR text
// has many: the line is found by lastIndexByte, eight bytes a step, and
// headingLine, which turns away a long line or one that opens with no
// number at once, is asked before the line is searched and trimmed.
func inlineHeading(s string) bool {
	line := s[lastIndexByte(s, '\n')+1:]
	if !headingLine(line) {
		return false
	}
	k := strings.Index(line, "、")
	return k >= 0 && hanAtLeast(line[k:], 2) && strings.TrimSpace(line) == trimLeftSet(line, " \t\u3000")
}

// hanAtLeast reports whether s holds n Chinese characters or more; it
// stops at the nth: counting every one of a long line was 1% of Extract.
func hanAtLeast(s string, n int) bool {
	for _, r := range s {
		if n <= 0 {
			break
		}
		if hanzi.IsHan(r) {
			n--
		}
	}
	return n <= 0
}

// headlineOver: a short line without punctuation or figures (农业生产稳中
// 向好, 规上工业稳定发展) over a line that names its own figure (一季度农林牧
// 渔业总产值2.78亿元) is the section's headline, no part of the name. A
// label over its bare number (粮食总产量\n162817吨) is not: the line below
// names nothing.
func headlineOver(s string, j, i int) bool {
	start := lastIndexByte(s[:j-1], '\n') + 1
	line := strings.TrimSpace(s[start : j-1])
	// longerThan first: the line above may be a whole paragraph, and
	// counting all its runes at every line end clauseStart passed was
	// most of this test
	if longerThan(line, 20) || runeLen(line) < 4 || containsAnyOf(line, "，,。；;：:、（）()0123456789") {
		return false
	}
	han := 0
	for _, r := range s[j:i] {
		if hanzi.IsHan(r) {
			han++
		}
	}
	return han >= 4
}

// phraseLine: the line s starts is a phrase of its own, as a digest of a
// report writes one a line between blank lines (粮食产量1.37万亿斤，增产74亿斤):
// short, and no sentence ends inside it. A line a page or a column broke
// in mid-sentence goes on to the end of its paragraph (…技术合\n\n同成交额达77亿元、
// 全省第5。 引进高层次紧缺人才4297人，…).
func phraseLine(s string) bool {
	line := s
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		line = s[:k]
	}
	line = strings.TrimRight(line, " \t\r")
	if longerThan(line, phraseLineRunes) { // a page's line of a whole paragraph, not counted
		return false
	}
	for _, end := range []string{"。", "！", "？"} {
		line = strings.TrimSuffix(line, end)
		if strings.Contains(line, end) {
			return false
		}
	}
	return true
}

// phraseLineRunes is the longest line read as a phrase of its own: a line
// of a page or a column is longer, most often.
const phraseLineRunes = 30

// clauseOpeners begin a new subject after a page break.
var clauseOpeners = []string{"全市", "全区", "全县", "全省", "全年", "今年", "其中", "同时", "此外", "我市", "该区"}

func trimSuffixes(s string, words []string) (string, string) {
	if ix := suffixIndexOf(words); ix != nil {
		return ix.trim(s)
	}
	for _, w := range words {
		if !mayEnd(s, w) {
			continue
		}
		if len(s) > len(w) && strings.HasSuffix(s, w) || s == w {
			return s[:len(s)-len(w)], w
		}
	}
	return s, ""
}

func trimPrefixes(s string, words []string) (string, string) {
	for _, w := range words {
		if mayStart(s, w) && strings.HasPrefix(s, w) {
			return s[len(w):], w
		}
	}
	return s, ""
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if index(s, w) >= 0 { // by w's last byte: see index
			return true
		}
	}
	return false
}

// runeLen is utf8.RuneCountInString, broken bytes alike, with Chinese
// text's three-byte runes counted inline: RuneCountInString decodes every
// one of them in a call, and names and clauses are measured in runes for
// every figure.
func runeLen(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			continue
		} else if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// a valid three-byte rune: neither overlong nor a surrogate
			if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6; r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				i += 3
				continue
			}
		}
		_, k := hanzi.DecodeRune(s[i:])
		i += k
	}
	return n
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string { return s[hanzi.Back(s, len(s), n):] }

func sortByLength(words []string) {
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
}

// headingLine: the last line of s is a numbered heading without a stop
// (二、农  业; （三）固定资产投资).
func headingLine(s string) bool {
	line := strings.TrimSpace(s[lastIndexByte(s, '\n')+1:])
	// a line of more than 24*4 bytes has more than 24 runes
	if line == "" || len(line) > 24*utf8.UTFMax {
		return false
	}
	// the number that opens a heading is looked at before the whole line
	// is read for stops and runes: most lines open with none
	opened := trimLeftSet(line, "（(")
	// 2、水运增速较快: county analyses number their headings in digits too
	rest := trimLeftSet(opened, "一二三四五六七八九十0123456789")
	if rest == opened || !strings.HasPrefix(rest, "、") && !strings.HasPrefix(rest, "）") && !strings.HasPrefix(rest, ")") {
		return false
	}
	return !containsAnyOf(line, "，,。；;：:") && runeLen(line) <= 24
}

// wordReplacer is a strings.Replacer that returns s itself when none of
// its words is in s: Replace builds a new string every time, and most
// names hold none of the noise words (cleanName's replacers were a
// fortieth of Extract).
type wordReplacer struct {
	r      *strings.Replacer
	firsts []string // the first characters of the words, each once
}

// newWordReplacer takes old, new pairs as strings.NewReplacer does.
func newWordReplacer(oldnew ...string) wordReplacer {
	var firsts []string
	for i := 0; i < len(oldnew); i += 2 {
		_, n := hanzi.DecodeRune(oldnew[i])
		if first := oldnew[i][:n]; !slices.Contains(firsts, first) {
			firsts = append(firsts, first)
		}
	}
	return wordReplacer{r: strings.NewReplacer(oldnew...), firsts: firsts}
}

// Replace is strings.Replacer.Replace.
func (w wordReplacer) Replace(s string) string {
	if !containsAny(s, w.firsts) {
		return s
	}
	return w.r.Replace(s)
}

// indexAnyOf is strings.IndexAny for a set of marks that holds Han
// punctuation, read byte by byte: strings.IndexAny with a rune above ASCII
// in its set turns every rune of s back into a string to look it up, and
// clauses are measured so for every figure. A rune of s matches when its
// bytes are in chars; only a leading byte can start one, so a match found
// at i is a whole rune, checked by decoding it.
func indexAnyOf(s, chars string) int {
	ends := markEnds(chars)
	for i := 0; i < len(s); i++ {
		if ends.has(s[i]) {
			if j := markEndingAt(s, i, chars); j >= 0 {
				return j
			}
		}
	}
	return -1
}

// lastIndexAnyOf is strings.LastIndexAny as indexAnyOf is strings.IndexAny.
func lastIndexAnyOf(s, chars string) int {
	ends := markEnds(chars)
	for i := len(s) - 1; i >= 0; i-- {
		if ends.has(s[i]) {
			if j := markEndingAt(s, i, chars); j >= 0 {
				return j
			}
		}
	}
	return -1
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }

// markEnds is the set of the last bytes of the runes of chars: a mark of
// chars can end only where one stands, and in Chinese text few do (，is
// EF BC 8C: 8C ends one character in sixty-four), so the others are
// passed over a byte at a time without looking into chars.
func markEnds(chars string) byteSet {
	var b byteSet
	for i := 0; i < len(chars); i++ {
		if i+1 == len(chars) || utf8.RuneStart(chars[i+1]) {
			b[chars[i]>>6] |= 1 << (chars[i] & 63)
		}
	}
	return b
}

// markEndingAt is where the rune of chars that ends at byte i of s starts
// (markAt), or -1: runes do not overlap, so the first (last) to end is the
// first (last) to start.
func markEndingAt(s string, i int, chars string) int {
	if s[i] < utf8.RuneSelf {
		if markAt(s, i, chars) {
			return i
		}
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			if n := leadLen(s[j]); j+n == i+1 && markAt(s, j, chars) {
				return j
			}
			return -1
		}
	}
	return -1
}

// containsAnyOf is strings.ContainsAny as indexAnyOf is strings.IndexAny.
func containsAnyOf(s, chars string) bool { return indexAnyOf(s, chars) >= 0 }

// markAt reports whether a rune of chars starts at byte i of s.
func markAt(s string, i int, chars string) bool {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return strings.IndexByte(chars, c) >= 0
	case c < 0xC0:
		return false // inside a rune
	}
	n := leadLen(c)
	if i+n > len(s) || !strings.Contains(chars, s[i:i+n]) {
		return false
	}
	r, size := hanzi.DecodeRune(s[i:])
	return size == n && r != utf8.RuneError
}

// leadLen is the length of the rune a leading byte (0xC0 up) announces.
func leadLen(c byte) int {
	switch {
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// mayEnd is a quick test that rules out most words that cannot end s: the
// last byte of a Han character tells most words apart, and the word lists
// the names are trimmed with run to a hundred words, tried for every figure.
func mayEnd(s, w string) bool {
	n := len(w)
	return n <= len(s) && (n == 0 || s[len(s)-1] == w[n-1])
}

// mayStart is mayEnd for a word that would open s: the byte of s where
// the word would end.
func mayStart(s, w string) bool {
	n := len(w)
	return n <= len(s) && (n == 0 || s[n-1] == w[n-1])
}

// lastIndex is strings.LastIndex read back from the last byte of w with
// LastIndexByte: strings.LastIndex hashes every byte it passes, and the
// text before every figure is searched back for 年, 分别 or 《 several
// times.
func lastIndex(s, w string) int {
	n := len(w)
	if n <= 1 {
		return strings.LastIndex(s, w)
	}
	c := w[n-1]
	for end := len(s); end >= n; {
		k := lastIndexByte(s[:end], c)
		if k < n-1 {
			return -1
		}
		if s[k-1] == w[n-2] && s[k+1-n:k+1] == w { // the byte before first, inline, as hanzi.Index
			return k + 1 - n
		}
		end = k
	}
	return -1
}

// index is hanzi.Index: eachIndex and the names' word searches read whole
// texts so.
func index(s, w string) int { return hanzi.Index(s, w) }

// shortLineAround is the line holding pos when it is at most limit bytes
// long; ok is false for a longer one, found without reading past limit
// bytes either way (a page with no line breaks is one line: reading it
// whole for every figure made extraction quadratic).
func shortLineAround(s string, pos, limit int) (line string, ok bool) {
	from := max(pos-limit, 0)
	ls := lastIndexByte(s[from:pos], '\n')
	if ls < 0 && from > 0 {
		return "", false
	}
	ls = from + ls + 1
	to := min(len(s), pos+limit)
	le := strings.IndexByte(s[pos:to], '\n')
	if le < 0 {
		if to < len(s) {
			return "", false
		}
		le = len(s) - pos
	}
	if pos+le-ls > limit {
		return "", false
	}
	return s[ls : pos+le], true
}

// lineStart is where the line holding pos begins.
func lineStart(s string, pos int) int {
	return lastIndexByte(s[:pos], '\n') + 1
}
