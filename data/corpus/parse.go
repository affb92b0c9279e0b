package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

var (
	cnDate     = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?`)
	isoDate    = regexp.MustCompile(`((?:19|20)\d{2})-(\d{1,2})(?:-(\d{1,2}))?`)
	sourceLine = regexp.MustCompile(`来源\s*[:：]\s*([^\s|｜]+)`)
	// captionEnd matches a photo credit closing a line: 本报记者 刘金元 摄.
	captionEnd = regexp.MustCompile(`摄[\s·•]*$`) // 002 has 摄· with a crumb of the OCR after it
)

// headerLines is how far into a file the date and source are looked for:
// mastheads and web page headers sit at the top.
const headerLines = 12

// Parse builds an article from raw bytes using what the text itself says.
// The bytes are kept as they are; nothing is cleaned.
func Parse(id string, raw []byte) *Article {
	a := parse(id, raw)
	markFurniture(a)
	return a
}

// parse reads everything but the furniture, which depends on the title and
// so waits for the catalogue, if any, to settle it.
// A report reposted in traditional characters (統計公報, 億元) is read in
// its simplified view (hanzi.Simplify), whose bytes line up with the
// original: the title, date and year rules see simplified words, and then
// the text, paragraphs and title are put back as written.
func parse(id string, raw []byte) *Article {
	conv := hanzi.ConversionOf(string(raw))
	view, simple := raw, ""
	if conv != hanzi.NoConversion {
		simple = conv.Apply(string(raw))
		view = []byte(simple)
	}
	a := &Article{ID: id, Raw: view, conv: conv}
	blocks := splitBlocks(view)
	for _, b := range blocks {
		a.Paragraphs = append(a.Paragraphs, b.paragraph(view))
	}
	a.Date = findDate(view)
	if m := sourceLine.FindSubmatch(head(view, headerLines)); m != nil {
		a.Source = string(m[1])
	}
	a.Title, a.Subtitle = findTitle(a.Paragraphs)
	inferTime(a)
	if conv != hanzi.NoConversion {
		a.restore(raw, blocks)
		a.simple, a.simpleOf = simple, raw
	}
	return a
}

// restore puts the original bytes back into a parsed from the simplified
// view of raw: the text, each paragraph's text and the title as written.
// The offsets, kinds and everything read from the words stay.
func (a *Article) restore(raw []byte, blocks []block) {
	title, sub := -1, -1
	for i, p := range a.Paragraphs {
		if title < 0 && p.Text == a.Title {
			title = i
		}
		if sub < 0 && a.Subtitle != "" && p.Text == a.Subtitle {
			sub = i
		}
		a.Paragraphs[i].Text = blocks[i].paragraph(raw).Text
	}
	if title >= 0 {
		a.Title = a.Paragraphs[title].Text
	}
	if sub >= 0 {
		a.Subtitle = a.Paragraphs[sub].Text
	}
	a.Raw = raw
}

// Simplified returns a itself when its text has no traditional character,
// else a copy whose text, paragraphs and title are the simplified view
// (hanzi.Simplify): byte for byte as long, so that every offset found in
// the copy is an offset into a.Raw. Readers of words (the extractor) read
// the copy; what they report points into the original.
func (a *Article) Simplified() *Article {
	conv := a.conv
	if conv == hanzi.NoConversion {
		return a
	}
	v := *a
	text := a.simpleText()
	v.Raw = []byte(text)
	v.Title, v.Subtitle = conv.Apply(a.Title), conv.Apply(a.Subtitle)
	v.Paragraphs = make([]Paragraph, len(a.Paragraphs))
	// A paragraph that is its own span of Raw, cut at rune starts, is the
	// same span of the converted Raw (the conversion keeps every byte
	// offset): a slice of the text instead of a second conversion.
	for i, p := range a.Paragraphs {
		if spanOf(a.Raw, p) {
			p.Text = text[p.Start:p.End]
		} else {
			p.Text = conv.Apply(p.Text)
		}
		v.Paragraphs[i] = p
	}
	return &v
}

// simpleText is the simplified view of a.Raw: the one Parse made while
// Raw is still the bytes it made it from, else a new conversion.
func (a *Article) simpleText() string {
	if len(a.simpleOf) > 0 && len(a.Raw) == len(a.simpleOf) && &a.Raw[0] == &a.simpleOf[0] {
		return a.simple
	}
	return a.conv.Apply(string(a.Raw))
}

// spanOf reports whether p.Text is raw[p.Start:p.End] with both ends at
// the start of a rune (or the text's end).
func spanOf(raw []byte, p Paragraph) bool {
	if p.Start < 0 || p.End > len(raw) || p.Start > p.End || p.End-p.Start != len(p.Text) {
		return false
	}
	if p.Start < len(raw) && !utf8.RuneStart(raw[p.Start]) || p.End < len(raw) && !utf8.RuneStart(raw[p.End]) {
		return false
	}
	return string(raw[p.Start:p.End]) == p.Text
}

// markFurniture marks the leading paragraphs that are page furniture or
// repeat the title, up to the first that is neither (read in the
// simplified view: 來源, 本報記者).
func markFurniture(a *Article) {
	v := a.Simplified()
	title, sub := squash(v.Title), squash(v.Subtitle)
	for i := range v.Paragraphs {
		p := &v.Paragraphs[i]
		t := squash(p.Text)
		if !isFurniture(p.Text) && t != title && (sub == "" || t != sub) {
			return
		}
		p.Kind = Furniture
		a.Paragraphs[i].Kind = Furniture
	}
}

// squash drops spaces and punctuation, so that a title compares equal to its
// copy in the text whatever the width of its colons and quotes.
func squash(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// defaultPeriod guesses the year an article reports on: reviews of a year
// appear in its first months of the next one (work reports, annual
// summaries), so an article from January to April describes the year before.
func defaultPeriod(d Date) int {
	if d.Year == 0 {
		return 0
	}
	if d.Month >= 1 && d.Month <= 4 {
		return d.Year - 1
	}
	return d.Year
}

func head(raw []byte, lines int) []byte {
	end := 0
	for n := 0; n < lines && end < len(raw); n++ {
		i := indexByte(raw[end:], '\n')
		if i < 0 {
			return raw
		}
		end += i + 1
	}
	return raw[:end]
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func findDate(raw []byte) Date {
	h := head(raw, headerLines)
	if d, ok := firstPageDate(h); ok {
		return d
	}
	if d, ok := firstCNDate(h); ok {
		return d
	}
	if d, ok := firstDayFirstDate(h); ok {
		return d
	}
	if d, ok := labelledPageDate(raw); ok {
		return d
	}
	if d, ok := footerPageDate(raw); ok {
		return d
	}
	return Date{}
}

func dateFromParts(y, m, d string) Date {
	var out Date
	out.Year, _ = strconv.Atoi(y)
	out.Month, _ = strconv.Atoi(m)
	out.Day, _ = strconv.Atoi(d)
	if out.Month < 1 || out.Month > 12 {
		out.Month, out.Day = 0, 0
	}
	if out.Day < 0 || out.Day > 31 {
		out.Day = 0
	}
	return out
}

// findTitle takes the first heading-like paragraph that is not page furniture
// (navigation, mastheads, bylines, captions) nor a line of the front that
// says who issued or spoke the report and when (进贤县统计局, a dateline, a
// speaker line: frontNotTitle). A following line that opens with a dash is
// its subtitle. A title comes before the body: once a paragraph of prose
// has passed, or a numbered section's heading (一、2018年工作回顾 after a
// speech's front), a heading is a section's (一、完成情况), and the text has
// no title — the file's name is shown instead.
func findTitle(ps []Paragraph) (title, subtitle string) {
	for i, p := range ps {
		if p.Kind == Caption || isFurniture(p.Text) || frontNotTitle(p.Text) {
			continue
		}
		if sectionNumbered(p.Text) {
			return "", "" // the body has begun
		}
		n := runeCountInStringUpTo(p.Text, 81)
		if n > 80 && endsSentence(p.Text) {
			return "", ""
		}
		if n < 6 || n > 80 || endsSentence(p.Text) && !exclaimedHeadline(p.Text, n) {
			continue
		}
		title = p.Text
		if i+1 < len(ps) {
			next := ps[i+1].Text
			if strings.HasPrefix(next, "-") || strings.HasPrefix(next, "—") {
				subtitle = next
			}
		}
		return title, subtitle
	}
	return "", ""
}

// exclaimedHeadline: news headlines may end in exclamation marks
// (福州GDP领跑全国省会城市!!!); a short line so is a title, not a sentence.
func exclaimedHeadline(s string, n int) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return n <= 40 && (r == '!' || r == '！')
}

var furniture = []string{"您现在的位置", "发布时间", "来源", "新闻热线", "本报记者", "本报讯", "星期", "首页"}

func isFurniture(s string) bool {
	if proseParagraph(s) {
		return false
	}
	for _, f := range furniture {
		if strings.Contains(s, f) {
			return true
		}
	}
	return cnDate.MatchString(s) && utf8.RuneCountInString(s) < 20
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。！？!?；;，,、…", r)
}

// block is a run of non-blank lines: [start,end) spans of each line, without
// the line break.
type block struct{ lines [][2]int }

func splitBlocks(raw []byte) []block {
	var out []block
	for _, b := range blankSeparated(raw) {
		out = append(out, b.splitLongLines(raw)...)
	}
	return out
}

// longLine is more than a column of print or OCR holds: a file with a line
// this long writes one paragraph a line, even without blank lines between.
const longLine = 100

// splitLongLines cuts a block holding a line longer than longLine into one
// block a line: web pages copied as text put each paragraph on a line of
// its own, headings too, with no blank line between them.
func (b block) splitLongLines(raw []byte) []block {
	long := false
	for _, l := range b.lines {
		if runeCountUpTo(raw[l[0]:l[1]], longLine) > longLine {
			long = true
			break
		}
	}
	if !long && !b.linePerParagraph(raw) || len(b.lines) == 1 {
		return []block{b}
	}
	out := make([]block, len(b.lines))
	for i, l := range b.lines {
		out[i] = block{lines: [][2]int{l}}
	}
	return out
}

func blankSeparated(raw []byte) []block {
	var out []block
	var cur block
	for start := 0; start < len(raw); {
		end := start + indexByte(raw[start:], '\n')
		next := end + 1
		if end < start { // no newline: last line
			end, next = len(raw), len(raw)
		}
		lineEnd := end
		if lineEnd > start && raw[lineEnd-1] == '\r' {
			lineEnd--
		}
		s, e := trimSpan(raw, start, lineEnd)
		if s == e {
			if len(cur.lines) > 0 {
				out = append(out, cur)
				cur = block{}
			}
		} else {
			cur.lines = append(cur.lines, [2]int{s, e})
		}
		start = next
	}
	if len(cur.lines) > 0 {
		out = append(out, cur)
	}
	return out
}

// trimSpan narrows [s,e) past leading and trailing white space, including
// the ideographic space U+3000 and no-break space OCR leaves behind.
func trimSpan(raw []byte, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRune(raw[s:e])
		if !hanzi.IsBlank(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRune(raw[s:e])
		if !hanzi.IsBlank(r) {
			break
		}
		e -= n
	}
	return s, e
}

// paragraph joins the block's lines. Chinese needs no space where a line was
// wrapped; a space is kept only between two Latin letters or digits, so that
// words broken across lines in English or numbers stay apart.
func (b block) paragraph(raw []byte) Paragraph {
	var text strings.Builder
	size := len(b.lines) // a space may join each two lines
	for _, l := range b.lines {
		size += l[1] - l[0]
	}
	text.Grow(size)
	offs := make([]int32, 0, size+1)
	heading := b.headingLike(raw)
	for i, l := range b.lines {
		if i > 0 {
			prev, _ := utf8.DecodeLastRune(raw[b.lines[i-1][0]:b.lines[i-1][1]])
			next, _ := utf8.DecodeRune(raw[l[0]:l[1]])
			if heading || (isLatin(prev) && isLatin(next)) {
				text.WriteByte(' ')
				offs = append(offs, int32(b.lines[i-1][1]))
			}
		}
		text.Write(raw[l[0]:l[1]])
		for j := l[0]; j < l[1]; j++ {
			offs = append(offs, int32(j))
		}
	}
	last := b.lines[len(b.lines)-1][1]
	offs = append(offs, int32(last))
	p := Paragraph{Start: b.lines[0][0], End: last, Text: text.String(), offsets: offs}
	switch {
	case captionEnd.MatchString(p.Text):
		p.Kind = Caption
	case heading:
		p.Kind = Heading
	}
	return p
}

func isLatin(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// headingLike reports a block of at most three short lines with no closing
// punctuation: a headline, a section title, a menu. Its lines are separate
// phrases, so they are joined with a space rather than run together.
func (b block) headingLike(raw []byte) bool {
	if len(b.lines) > 3 {
		return false
	}
	total := 0
	for _, l := range b.lines {
		n := runeCountUpTo(raw[l[0]:l[1]], 60) // past 60 it is no heading
		if len(b.lines) > 1 && n > 24 || n > 60 {
			return false
		}
		total += n
	}
	last := b.lines[len(b.lines)-1]
	return total <= 80 && !endsSentence(string(raw[last[0]:last[1]]))
}
