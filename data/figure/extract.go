package figure

import (
	"context"
	"sort"
	"strings"
	"sync"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
	"github.com/zhibiao/zhibiao/data/segment"
)

// Extractor finds figures with the knowledge it is given: the national
// gazetteer tells whose a figure is. It is read-only once made, so one
// value may serve several goroutines.
type Extractor struct {
	Places *gazetteer.Gazetteer
}

// NewExtractor returns an extractor that knows the given places; nil
// places leave every region to the catalogue or the user.
func NewExtractor(places *gazetteer.Gazetteer) *Extractor {
	return &Extractor{Places: places}
}

// defaultExtractor knows the embedded gazetteer, decoded on first use.
var defaultExtractor = sync.OnceValue(func() *Extractor {
	g, err := gazetteer.Load()
	if err != nil {
		return NewExtractor(nil) // the embedded table is tested; never here
	}
	return NewExtractor(g)
})

// Default returns the extractor with the embedded gazetteer.
func Default() *Extractor { return defaultExtractor() }

// Extract returns the figures of an article with the embedded gazetteer.
func Extract(a *corpus.Article) []Figure { return Default().Extract(a) }

// ExtractContext is Extract that stops when ctx is done (see
// Extractor.ExtractContext).
func ExtractContext(ctx context.Context, a *corpus.Article) ([]Figure, error) {
	return Default().ExtractContext(ctx, a)
}

// Extract returns the figures of an article in document order: by start
// offset. A figure the text implies (derived) spans the sentence it comes
// from, so it comes before the written figures of that sentence. The
// article's place, when neither the catalogue nor the user named it, is
// read from its text (the article itself is not changed).
func (e *Extractor) Extract(a *corpus.Article) []Figure {
	out, _ := e.ExtractContext(context.Background(), a)
	return out
}

// ExtractContext is Extract that stops when ctx is done (the user
// cancelled a 10 MB article's analysis): every long step looks at ctx
// every few milliseconds' work (checkEvery numbers, place mentions or
// checks of derived figures; 64 KB of text), and it returns ctx's error
// and no figures.
func (e *Extractor) ExtractContext(ctx context.Context, a *corpus.Article) ([]Figure, error) {
	return e.ExtractProgress(ctx, a, nil)
}

// ExtractProgress is ExtractContext that tells step, when not nil, how
// far it has gone, from 0 to 1, as it goes: a 10 MB article takes
// seconds, and an import's bar stood still meanwhile.
func (e *Extractor) ExtractProgress(ctx context.Context, a *corpus.Article, step func(done float64)) ([]Figure, error) {
	if step == nil {
		step = func(float64) {}
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	// the words are read in the simplified view of a report written in
	// traditional characters (縉雲縣, 億元); its offsets are the original's
	view := a.Simplified()
	orig, traditional := a.Raw, view != a
	located := *view
	pl, err := locate(ctx, e.Places, &located)
	if err != nil {
		return nil, err
	}
	a = &located
	s := a.Text()
	step(stepPlaces)
	qs, err := quantity.FindContext(ctx, s)
	if err != nil {
		return nil, err
	}
	step(stepQuantities)
	x := &extractor{a: a, s: s, l: newLayout(s), qs: qs, pl: pl}
	x.l.lineParagraphs(a.Paragraphs)
	x.body = a.BodyStart()
	x.qs = outsidePlaceNames(x.qs, x.pl.mentions)
	x.buildQStarts()
	x.stories = findStories(s, x.pl, a.Region)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	x.topics = findTopics(x)
	if err := x.prepare(ctx); err != nil {
		return nil, err
	}
	x.outOf = make([]int, len(x.qs))
	// about one figure a quantity: grown by appending, the figures (a few
	// hundred bytes each) were copied over and over, a tenth of Extract
	x.out = make([]Figure, 0, len(x.qs)+len(x.qs)/8)
	x.topic = -1
	x.clauses = newClauseMemo(len(x.qs))
	for i := range x.qs {
		x.outOf[i] = -1
	}
	step(stepPrepared)
	for i := range x.qs {
		if i%checkEvery == 0 {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			step(stepPrepared + (stepConsidered-stepPrepared)*float64(i)/float64(len(x.qs)))
		}
		x.consider(i)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	x.out = dropWithdrawn(x.out, x.withdrawn)
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Start < x.out[j].Start })
	if err := x.mendNames(ctx); err != nil {
		return nil, err
	}
	x.nameRanksByNextRate()
	// codeOf reads every place mention; an article names few regions, so
	// each is looked up once (a 6 MB article has tens of thousands of
	// figures and mentions)
	codes := map[string]string{}
	for i := range x.out {
		r := x.out[i].Region
		c, ok := codes[r]
		if !ok {
			c = x.pl.codeOf(r)
			codes[r] = c
		}
		x.out[i].RegionCode = c
	}
	markMinor(s, x.out)
	if traditional {
		asWritten(x.out, s, string(orig))
	}
	step(1)
	return x.out, nil
}

// How far ExtractProgress has gone once each of its steps is done, by
// their share of its time on a 9 MB file.
const (
	stepPlaces     = 0.22 // the places the text names
	stepQuantities = 0.26 // its quantities
	stepPrepared   = 0.29 // its layout, stories and topics
	stepConsidered = 0.92 // each quantity considered; then the names mended
)

// asWritten gives figures read in the simplified view the text and unit
// as the original writes them (12.3億元, 億元): view and original have the
// same bytes at the same offsets except where characters were simplified.
func asWritten(fs []Figure, view, orig string) {
	for i := range fs {
		f := &fs[i]
		if f.Start < 0 || f.End > len(orig) || f.Start > f.End || f.Text != view[f.Start:f.End] {
			continue
		}
		f.Text = orig[f.Start:f.End]
		if k := lastIndex(view[f.Start:f.End], f.Unit); f.Unit != "" && k >= 0 {
			f.Unit = orig[f.Start+k : f.Start+k+len(f.Unit)]
		}
	}
}

// prepare finds at once, cancellably, what the figures would otherwise
// find on first use in the whole text: the periods, the self words and
// the towns. On a 10 MB article each is a pass of a few hundred
// milliseconds that Cancel could not interrupt inside one figure.
func (x *extractor) prepare(ctx context.Context) error {
	if len(x.qs) == 0 {
		return ctx.Err()
	}
	ps, err := x.textPeriods(ctx)
	if err != nil {
		return err
	}
	x.periods = x.withPeriodRefs(ps)
	if x.selfHits, err = findSelfHits(ctx, x.s); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	x.townRefs()
	return ctx.Err()
}

// checkBytes is how much text a pass over the whole text reads between
// two looks at whether the extraction was cancelled.
const checkBytes = 64 << 10

// checkEvery is how many numbers (or place mentions) are read between two
// looks at whether the extraction was cancelled: about a millisecond's
// work.
const checkEvery = 256

// extractor is one extraction of one article: what it reads, what it has
// found, and the state of its reading, each group in a struct of its own
// (embedded, so that the methods read their fields as before).
type extractor struct {
	a  *corpus.Article
	s  string
	l  *layout
	qs []quantity.Quantity
	// qStarts holds qs[i].Start, for qAfter's binary search
	qStarts []int
	body    int // where the body begins, after the title and dateline
	pl      *places

	textFacts
	found
	reading
	listState
	memo
	yearGloss
}

// textFacts are what the whole text says, found once before the figures
// (prepare) or on first use.
type textFacts struct {
	stories  []story
	topics   []topic
	periods  []corpus.PeriodMention // the text's periods, with the period words resolved
	towns    []townRef              // the mentions of towns
	selfHits []selfHit              // the self words (全县, 我市)
}

// found are the figures so far.
type found struct {
	out       []Figure
	outOf     []int        // for each quantity, its figure in out, or -1
	withdrawn map[int]bool // derived figures of out two readings disagreed on
}

// reading is where the reading stands: the sentence and the figure the
// text goes on about.
type reading struct {
	sentStart int   // the sentence of the figures in sent
	sent      []int // indices into out of this sentence's written figures
	topic     int   // the figure in out whose subject the text goes on about, or -1
}

// listState is the last list of subjects or numbers read, for the numbers
// after it that name none (…分别增长4%、8.5%).
type listState struct {
	split            []string // the members of the last listed subject
	splitSent        int      // and its sentence
	splitMore        []string // members of the last list left for the numbers after it
	splitEnd         int      // where the last number given a member ends
	runFirst, runEnd int      // the last list listRun found: qs[runFirst:runEnd]
}

// memo keeps answers asked again and again within one article.
type memo struct {
	clauses   clauseMemo
	cuts      map[string][]segment.Token // names cut into words
	formed    map[formKey]string         // formName's answers by kind and name: list members repeat names
	naming    naming                     // the one naming name fills, each figure anew: allocated a figure, it was a tenth of the bytes Extract allocated
	reserve   map[int]reserveMemo        // reserveStock's search of each sentence, by its start
	holidays  *[]int                     // where each holiday time of the text ends (holidayClause), read once
	townHosts map[string]string          // townsHost's answers by the self word's endings
}

// consider turns quantity i into a figure when it is one.
func (x *extractor) consider(i int) {
	q := x.qs[i]
	kind, ok := x.baseKind(i)
	if !ok || x.threshold(q) || x.notFigure(q, kind) {
		return
	}
	ss, se := x.l.sentence(q.Start)
	if ss != x.sentStart || len(x.sent) == 0 {
		x.sentStart, x.sent = ss, x.sent[:0]
	}
	f := Figure{
		Doc: x.a.ID, Start: q.Start, End: q.End, Text: q.Text,
		Value: q.Value, Unit: q.Unit, NormValue: q.NormValue, NormUnit: q.NormUnit,
		Kind: kind, Qualifier: q.Qualifier,
	}
	if f.Kind == Physical && q.Kind == quantity.Duration && f.NormUnit == "" {
		f.NormUnit = q.Unit
	}
	first, last := x.listRun(i)
	var cl clause
	if first == i {
		cl = x.parseClause(x.segment(i, ss), q)
		x.clauses.put(i, cl)
	} else {
		cl, _ = x.clauses.get(first)
	}
	f.Kind = x.rangeKind(i, refineKind(f, q, cl))
	if f.Kind == Share && first == i && x.rateBySentence(i, cl, x.figureKind) {
		f.Kind = Growth
	}
	if first == i {
		f.Name = x.name(i, cl, f)
	} else if k := x.outOf[first]; k >= 0 {
		f.Name = x.out[k].Name
	}
	x.byName(&f, q, cl, first == i)
	if last > first {
		f.Name = totalOfMember(x.memberName(i, first, last, cl, f), cl)
	}
	if first == last && len(x.splitMore) > 0 && compact(x.s[x.splitEnd:q.Start]) == "、" {
		// …分别增长35.4%、43.0%、40.1%、1.1倍: the list goes on in another unit
		f.Name, x.splitMore, x.splitEnd = x.splitMore[0], x.splitMore[1:], q.End
	}
	f.Name = x.splitPair(i, collapseRepeat(x.formName(f.Name, f.Kind)))
	if f.Kind == Rank {
		f.RankScope = x.rankScope(q, ss)
		if f.Unit == "位" { // 全国排名提升12位: a change of rank
			f.RankScope = scopeIn(cl.raw)
		}
	}
	f.Region = x.organsCounted(q, f.Kind, x.peerCount(q, f.Kind, knownRegion(x.region(q.Start, ss, i-first, last-first+1, x.qs[first].Start))))
	if r := x.rankHolder(q); f.Kind == Rank && r != "" {
		f.Region = r
	}
	f.Year = x.year(q.Start, ss)
	f.Period = x.period(q.Start, ss)
	if f.Kind == Rank {
		f.Period = x.rankPeriod(q.Start, ss, f.Period)
	}
	f.Period = x.nowStock(ss, q.Start, f, f.Period)
	if x.subListOf(f) {
		f.Period = "" // (省、市重点建设项目29宗 of the year's 72宗 listed before
	}
	x.keep(i, f)
	if i == last {
		ts, te := trimSpan(x.s, ss, se)
		if te-ts > 600 {
			ts = runeStart(x.s, max(ts, x.qs[first].Start-200))
			te = runeStart(x.s, min(te, x.qs[last].End+100))
		}
		x.derive(first, last, cl, ts, te)
	}
	x.bracketedRate(i, first, last, cl)
}

// bracketedRate: 占全市常住人口的比重(常住人口城镇化率)为40.97% — a share the
// report spells out and then names in brackets as a rate is known by that
// rate's name. It is renamed once derived: the total and the remainder
// (乡村常住人口) are read from the owner the spelled-out name holds.
func (x *extractor) bracketedRate(i, first, last int, cl clause) {
	k := x.outOf[i]
	if first != last || k < 0 || x.out[k].Kind != Share {
		return
	}
	if n := rateInBrackets(cl.raw); n != "" {
		x.out[k].Name = n
	}
}

// fullBrackets turns full-width brackets into ASCII ones; made once, not
// per figure (a Replacer builds its table on first use).
var fullBrackets = newWordReplacer("（", "(", "）", ")")

// rateInBrackets is the rate named in the brackets that end raw, before
// its link verb ((常住人口城镇化率)为), or "".
func rateInBrackets(raw string) string {
	raw = fullBrackets.Replace(raw)
	k := strings.LastIndex(raw, ")")
	if k < 0 {
		return ""
	}
	if rest, _ := trimSuffixes(raw[k+1:], linkVerbs); rest != "" {
		return ""
	}
	open := strings.LastIndex(raw[:k], "(")
	if open < 0 {
		return ""
	}
	inside := raw[open+1 : k]
	if n := runeLen(inside); n < 3 || n > 10 || !strings.HasSuffix(inside, "率") || strings.ContainsAny(inside, "0123456789%") {
		return ""
	}
	return inside
}

// byName corrects f's kind and unit by the name it got: a share named a
// rate after the number is a growth (以9.2%的GDP增速), a bare number named
// money is in yuan (政府投资基金总规模达109亿). own says the clause is f's
// own, not a list's before it.
func (x *extractor) byName(f *Figure, q quantity.Quantity, cl clause, own bool) {
	// the words after the number count as much as its name: a repeated rate
	// named by what it repeats (7.2%的增幅 of 地区生产总值) is still a growth,
	// as PercentKinds says
	if f.Kind == Share && own && cl.growthVerb == "" && !cl.share &&
		(hasSuffixAny(f.Name, rateNames) || rateNamedAfter(x.s[q.End:])) &&
		f.Unit != "‰" && !containsAny(f.Name, shareRates) {
		f.Kind = Growth
	}
	if f.Kind == Level && f.NormUnit == "" && q.Kind == quantity.Number && containsAny(f.Name, moneyWords) {
		f.NormUnit = "元"
	}
	if f.Kind == Level && f.NormUnit == "" && q.Kind == quantity.Number && x.countsPeople(f.Name, q.End) {
		f.Kind = Count // 人才总量突破300万, 解决1.12万贫困人口安全饮水问题: people, in 万
	}
}

// countsPeople: a bare number (300万) named people, or followed by them
// within a few characters (740多万玉林人民), counts them.
func (x *extractor) countsPeople(name string, end int) bool {
	if containsAny(name, peopleNouns) {
		return true
	}
	after := x.s[end:min(len(x.s), end+peopleReach)]
	if k := strings.IndexAny(after, "，,。；;、：:（("); k >= 0 {
		after = after[:k]
	}
	return containsAny(after, peopleNouns)
}

// peopleNouns name people, counted when a bare number measures them.
var peopleNouns = []string{"人口", "人才", "人民", "儿女", "群众", "居民", "农民", "市民", "村民", "游客", "人次", "劳动力", "职工", "学生", "就业"}

// peopleReach is how far after a bare number, in bytes, the people it
// counts may be named (四个汉字 of a place before 人民).
const peopleReach = 8 * 3

// keep adds f, the figure of quantity i, to the output and to the figures
// later ones of its sentence can refer back to.
func (x *extractor) keep(i int, f Figure) {
	x.out = append(x.out, f)
	if len(x.sent) >= 40 {
		// the figures a figure can refer back to; a page without
		// punctuation is one endless sentence
		x.sent = append(x.sent[:0], x.sent[len(x.sent)-20:]...)
	}
	x.sent = append(x.sent, len(x.out)-1)
	x.outOf[i] = len(x.out) - 1
	x.noteTopic(len(x.out) - 1)
}

// memberName names quantity i of the list first..last: 第一产业…第二产业…，
// 分别比2023年提升1个、0.8个 — the n-th number goes with the n-th subject
// listed before; 接待游客数、旅游综合收入分别增长9.6%和6.9% — with the n-th
// member of the subject. It keeps the members for a list of the same
// sentence that names none (…分别增长4%、8.5%). The ways are a table
// (memberWays, membername.go) tried in order; the figure's own name when
// none answers.
func (x *extractor) memberName(i, first, last int, cl clause, f Figure) string {
	q := memberQuery{i: i, first: first, last: last, n: last - first + 1, cl: cl, f: f}
	for _, way := range memberWays {
		if name, ok := way(x, q); ok {
			return name
		}
	}
	return f.Name
}

// headMembers names the n numbers after 分别 whose clause writes only an
// indicator (产值, 增加值) by the members the clause before lists, each
// with that indicator; nil when it lists none.
func (x *extractor) headMembers(first, n int, cl clause) []string {
	if !cl.fenbie || !isAny(cl.name, subjectHeads) {
		return nil
	}
	if parts := x.membersBefore(first, n); parts != nil {
		for k := range parts {
			parts[k] += cl.name // 汽车制造业、…通用设备制造业增长较快，产值同比分别增长…
		}
		return parts
	}
	if parts := industryMembers(x.industryBefore(x.qs[first].Start)+cl.name, n); parts != nil {
		x.split, x.splitSent = parts, x.sentStart
		return parts // 装备和高技术制造业持续…，增加值分别增长1.5倍、1.3倍
	}
	return nil
}

// membersBefore lists the n members the clause before quantity first's
// names, when they end alike (汽车制造业、电气机械和器材制造业、通用设备制造业增长较快:
// 制造业): the last member ends where that common ending does, and what
// follows it says how they fared. Members are split at 、 only, since a
// member's own name may hold 和.
func (x *extractor) membersBefore(first, n int) []string {
	ss := x.sentStart
	cs := clauseStart(x.s, ss, x.qs[first].Start)
	if cs <= ss || n < 2 {
		return nil
	}
	t := trimSet(compact(x.s[clauseStart(x.s, ss, cs-1):cs]), "，,；;：:")
	t = strings.TrimPrefix(t, "其中")
	parts := strings.Split(t, "、")
	if len(parts) != n || runeLen(parts[0]) < 3 {
		return nil
	}
	end := commonEnd(parts[:n-1])
	if end == "" {
		return nil
	}
	last := parts[n-1]
	k := strings.Index(last, end)
	if k <= 0 {
		return nil
	}
	parts[n-1] = last[:k+len(end)]
	return parts
}

// commonEnd is the last two characters all parts end with (制造业), else
// 业 when all end with it (纺织业、电气机械和器材制造业), else "".
func commonEnd(parts []string) string {
	for _, end := range []string{lastRunes(parts[0], 2), "业"} {
		if allEndIn(parts, end) {
			return end
		}
	}
	return ""
}

// allEndIn: every part ends in end and is longer than it.
func allEndIn(parts []string, end string) bool {
	for _, p := range parts {
		if !strings.HasSuffix(p, end) || runeLen(p) < runeLen(end)+1 || runeLen(p) < 2 {
			return false
		}
	}
	return true
}

// listRun returns the first and last quantity of the list holding i
// (1个、0.8个、1.8个百分点; 169%、172%), or i, i. The run is kept: each
// member asks in turn, and walking a 40,000-member list for each of them
// was quadratic.
func (x *extractor) listRun(i int) (int, int) {
	// a list does not reach back past its sentence's start: only a
	// sentence cut for its length (longSentence) can start inside one
	lo := 0
	if x.sentStart > 0 {
		lo = x.qAfter(x.sentStart)
	}
	if x.runFirst <= i && i < x.runEnd && x.runFirst >= lo {
		return x.runFirst, x.runEnd - 1
	}
	first, last := i, i
	for first > lo && sameList(x.s, x.qs[first-1], x.qs[first]) {
		first--
	}
	for last+1 < len(x.qs) && sameList(x.s, x.qs[last], x.qs[last+1]) {
		last++
	}
	if first == last && (x.afterFenbie(i) || x.impliedPair(x.qs[i])) {
		// 一般公共预算收入和支出分别达4.78亿元、20.2亿元: amounts and
		// counts after 分别 are a list too
		for last+1 < len(x.qs) && (sameKindList(x.s, x.qs[last], x.qs[last+1]) || measureList(x.s, x.qs[last], x.qs[last+1])) {
			last++
		}
	}
	x.runFirst, x.runEnd = first, last+1
	return first, last
}

func sameList(s string, a, b quantity.Quantity) bool {
	if a.Kind == quantity.Multiple && b.Kind == quantity.Percent {
		// 增速分别达到1.8倍、65.7%和37.3%: rates too large for percent are
		// written as multiples, and the list goes on in percent
		return isListGap(listGapOf(compact(s[a.End:b.Start])))
	}
	if a.Kind != b.Kind || a.Unit != b.Unit && a.Kind != quantity.Rank {
		return false
	}
	if a.Kind != quantity.Percent && a.Kind != quantity.PPChange && a.Kind != quantity.Rank && a.Kind != quantity.Multiple {
		return false // counts and amounts in a list each have their own name; multiples are rates (分别增长1.5倍、1.3倍)
	}
	g := listGapOf(compact(s[a.End:b.Start]))
	return isListGap(g) || turnJoin(g)
}

// isListGap: the words between two numbers of one list.
func isListGap(g string) bool {
	return g == "、" || g == "和" || g == "与" || g == "及"
}

// listGapOf is the gap between two numbers of a list without the hedge
// the first ends with (5.2%左右、7.6%左右).
func listGapOf(g string) string {
	t, _ := trimPrefixes(g, listHedges)
	return t
}

// listHedges follow a number of a list before its separator.
var listHedges = []string{"左右", "以上", "以内", "上下"}

// afterFenbie: quantity i follows 分别 and the verbs that link it (分别达).
func (x *extractor) afterFenbie(i int) bool {
	q := x.qs[i]
	if w := x.s[max(0, q.Start-240):q.Start]; index(w, "别") < 0 && index(w, "各") < 0 && index(w, "依次") < 0 {
		return false // no 分别 in the most a clause reads back (clauseStart's 240 bytes): most figures
	}
	before := compact(x.s[clauseStart(x.s, 0, q.Start):q.Start])
	for n := 0; n < 3 && before != ""; n++ {
		if endsRespectively(before, n) {
			return true
		}
		t, w := trimSuffixes(before, linkVerbs)
		if w == "" {
			t, w = trimSuffixes(before, stockVerbs) // 分别出栏6.4万头、1342头
		}
		if w == "" {
			t, w = trimSuffixes(before, tradeVerbs) // 分别出口6360.6亿、6211.9亿、2004.4亿元
		}
		if w == "" && n == 0 {
			t, w = trimSuffixes(before, indicatorHeads) // 分别实现增加值63.46亿元、17.77亿元
		}
		if w == "" {
			break
		}
		before = t
	}
	return false
}

// sameKindList: b follows a in a list of one kind and unit (4.78亿元、20.2亿元),
// or of counts of one kind in their own units (出栏6.4万头、1342头、1.2万只).
func sameKindList(s string, a, b quantity.Quantity) bool {
	if a.Kind != b.Kind || a.Unit != b.Unit && a.Kind != quantity.Count && a.Unit+"元" != b.Unit {
		return false // 6211.9亿、2004.4亿元: the list writes 元 once, at its end
	}
	g := compact(s[a.End:b.Start])
	return g == "、" || g == "和" || g == "与" || g == "及"
}

// fitMembers returns the listed members of a subject for the list
// first..last, when there is one for each number; a list written on with
// numbers of another kind (35.4%、43.0%、40.1%、1.1倍) may list more.
func (x *extractor) fitMembers(members, more []string, first, last int) []string {
	n := last - first + 1
	if len(members) == n {
		return members
	}
	if len(more) == n {
		return more // 农业、林业、蓄牧业和渔业增速分别为3.2%、4.6%、-4.6%和-0.6%
	}
	if len(members) > n && strings.HasPrefix(compact(x.s[x.qs[last].End:min(len(x.s), x.qs[last].End+8)]), "、") {
		return members
	}
	return nil
}

// listSubjects returns, for a 分别 list of quantities first..last, the
// figures before it in the sentence that its members belong to, in order;
// nil when they cannot be matched one to one.
func (x *extractor) listSubjects(first, last int, kind Kind) []int {
	n := last - first + 1
	if n < 2 {
		return nil
	}
	var cands []int
	for _, k := range x.sent {
		f := x.out[k]
		if f.Derived || f.Start >= x.qs[first].Start {
			continue
		}
		if f.Kind == Rank && kind != Rank {
			continue // 酒泉、定西排名第二和第三,GDP增速分别为4.6%、4.0%: ranks name no rates
		}
		if kind == PPChange && f.Kind != Growth {
			continue
		}
		if strings.ContainsAny(x.s[f.End:x.qs[first].Start], "；;") {
			continue // …居全国第8位；进口、出口双向发力，分别增长50.7%、45%: a semicolon ends the figures before
		}
		cands = append(cands, k)
	}
	if len(cands) < n {
		return nil
	}
	return cands[len(cands)-n:]
}

// rankMoves before N位 make it a change of rank; so they do before N个
// and one of rankPlaces (上升3个位次).
var (
	rankMoves  = []string{"提升", "上升", "前移", "提高", "下降", "后移"}
	rankPlaces = []string{"位次", "名次"}
)

// rankMove: 提升12位 and 上升3个位次 count the places a rank moved by.
func (x *extractor) rankMove(q quantity.Quantity) bool {
	return (q.Unit == "位" || q.Unit == "个" && hasPrefixAny(x.s[q.End:], rankPlaces)) && hasSuffixAny(x.s[:q.Start], rankMoves)
}

// baseKind decides whether quantity i is a figure at all and of what kind
// its unit makes it.
func (x *extractor) baseKind(i int) (Kind, bool) {
	q := x.qs[i]
	switch q.Kind {
	case quantity.Level:
		return Level, true
	case quantity.Percent:
		return Share, true
	case quantity.PPChange:
		return PPChange, true
	case quantity.Count:
		if q.Chinese && q.Value == 1 {
			return "", false // 一批, 一个个, 一场: an article, not a count
		}
		if r, _ := hanzi.DecodeLastRune(x.s[:q.Start]); q.Chinese && r == '在' {
			return "", false // 在五个城区率先完成: a setting, not a statistic
		}
		if x.rankMove(q) {
			return Rank, true // 全国排名提升12位, 较去年同期上升3个位次: a change of rank
		}
		if q.Unit == "位" && hasSuffixAny(x.s[:q.Start], rankVerbs) {
			return Rank, true // 中部百强县排名再进位，居53位: a place in a ranking
		}
		return Count, true
	case quantity.Physical:
		return Physical, true
	case quantity.Duration:
		if q.Chinese && q.Value == 1 {
			return "", false
		}
		pre := compact(x.s[max(0, q.Start-12):q.Start])
		if q.Qualifier == "" && hasSuffixAny(pre, durationVerbs) && !x.spanToNow(q) {
			return Physical, true
		}
		return "", false
	case quantity.Rank:
		return Rank, true
	case quantity.Ordinal:
		return Rank, x.placeAfterOrdinal(q.End) // 第三是洞口县: a rank, not a point of a list
	case quantity.Multiple:
		return Multiple, true
	case quantity.Number:
		if q.Unit == "万" || q.Unit == "亿" || q.Unit == "万亿" {
			return Level, true
		}
	}
	return "", false
}

func hasSuffixAny(s string, words []string) bool {
	// strings.TrimRight(s, " \n\t\r") without building its set each call
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n' || s[len(s)-1] == '\t' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	for _, w := range words {
		if mayEnd(s, w) && strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// segment returns the text of quantity i's clause before it, from the
// clause start or the previous quantity, without blanks and without the
// dates in it (2024年1月至12月, 较2020年).
func (x *extractor) segment(i, ss int) string {
	q := x.qs[i]
	from := clauseStart(x.s, ss, q.Start)
	for j := i - 1; j >= 0; j-- {
		p := x.qs[j]
		if p.End <= from {
			break
		}
		if p.Kind == quantity.Date || p.Kind == quantity.Time || p.Kind == quantity.Ordinal || x.threshold(p) || x.ageBound(p) || x.sumSpan(p) ||
			footnoteMark(x.s, p) != "" {
			continue // 其中10亿元以上项目3个: the threshold is part of the name
		}
		if q.Kind == quantity.Rank && x.amongCount(p) {
			continue // 增速位居9个市(州)首位: the rank ranks 增速, among 9
		}
		if x.spanInClause(p, q) {
			continue // 生态环境状况指数连续19年全省第一: how long, not the subject's end
		}
		if ordinalOnly(p) && hasPrefixAny(listedOrdinalsOff(x.s[p.End:min(len(x.s), p.End+24)]), ordinalNames) {
			continue // 第一、二、三产业: the ordinals are part of the name
		}
		from = max(from, p.End)
		break
	}
	var b strings.Builder
	k := from
	// copy from..q.Start skipping date quantities
	for j := x.qAfter(from); j < i; j++ {
		p := x.qs[j]
		if p.Start < k {
			continue
		}
		if p.Kind == quantity.Date || p.Kind == quantity.Time {
			b.WriteString(x.s[k:p.Start])
			b.WriteString("@") // where a date was
			k = p.End
		}
		if x.spanInClause(p, q) {
			b.WriteString(spanOff(x.s[k:p.Start])) // 连续19年: for how long, no part of the name
			k = p.End
		}
		if m := footnoteMark(x.s, p); m != "" {
			b.WriteString(x.s[k : p.Start-len(m)]) // 人均地区生产总值[2]: the note's mark is no part of the name
			k = p.End + len(footnoteClose[m])
		}
	}
	b.WriteString(x.s[k:q.Start])
	seg := b.String()
	if k := x.columnBreak(from, q.Start); k > 0 {
		seg = x.s[k:q.Start]
		if strings.Contains(seg, "@") || x.datesIn(k, q.Start) {
			seg = b.String() // keep the date marks; rare
		}
	}
	return compact(seg)
}

// ordinalOnly reports whether p could be the first of listed ordinals
// (the 第一 of 第一、二、三产业): a number without a unit. An amount before
// 、第二产业增加值147.83亿元 ends the name before it, as any figure does.
func ordinalOnly(p quantity.Quantity) bool {
	return p.Unit == "" || p.Kind == quantity.Rank
}

// footnoteClose close the brackets a note's number is written in after
// the word it annotates (人均地区生产总值[2]).
var footnoteClose = map[string]string{"[": "]", "［": "］", "〔": "〕"}

// footnoteMark returns the bracket opening the note mark p is (the 2 of
// 人均地区生产总值[2]初步核算为28231元), or "".
func footnoteMark(s string, p quantity.Quantity) string {
	if p.Kind != quantity.Number {
		return ""
	}
	for open, shut := range footnoteClose {
		if strings.HasSuffix(s[:p.Start], open) && strings.HasPrefix(s[p.End:], shut) {
			return open
		}
	}
	return ""
}

// moneyWords in a name make a bare 万 or 亿 an amount of yuan.
var moneyWords = []string{"资金", "投资", "基金", "收入", "营收", "产值", "总值", "税", "贷款", "存款", "消费", "成交额", "销售额", "利润", "预算", "支出", "债"}

// columnBreak returns where the words of quantity's clause start when OCR
// joined them to a line of another column, or 0. OCR of a page set in
// columns writes a row of all columns as one line, the columns' lines
// separated by a space (…城区高质量发展的 得资金支持4.32亿元, …可观可感可
// 群众反映问题3997个): the words before such a space are another column's.
// A space is such a break only in a line of many short runs between spaces;
// in a line of prose (居民 人均可支配收入, 行业清洁运输比例 分别) or inside a
// word (地区生产总 值, 综 合) it wraps one column and is kept; so is a break
// with less than three characters of name after it (固定资产 投资).
func (x *extractor) columnBreak(from, to int) int {
	lo, columns := x.row(from, to)
	if !columns {
		return 0
	}
	for end := to; end > from; {
		k := lastIndexByte(x.s[from:end], ' ')
		if k < 0 {
			return 0
		}
		k += from
		end = k
		if !hanBreak(x.s, k) {
			continue
		}
		a, _ := hanzi.DecodeLastRune(x.s[:k])
		b, _ := hanzi.DecodeRune(x.s[k+1:])
		if isWordAcross(a, b) {
			continue
		}
		// the run before the space: a column's line is short
		cs := strings.LastIndexAny(x.s[max(lo, k-120):k], " \n")
		run := x.s[max(lo, k-120)+cs+1 : k]
		if cs < 0 {
			run = x.s[max(lo, k-120):k]
		}
		if runeLen(run) > 20 {
			return 0
		}
		next := x.s[k+1 : to]
		if j := strings.IndexByte(next, ' '); j >= 0 {
			next = next[:j]
		}
		if next == "的" && runeLen(run) >= 2 {
			return k + 1 // 历史画卷""乡村振 的169%: what it is of is in another column
		}
		if runeLen(run) < 2 || runeLen(next) < 2 {
			continue // 占 年 度 投 资: letters spaced out, not columns
		}
		if name := stripLinks(compact(x.s[k+1 : to])); runeLen(name) >= 3 || name == "的" {
			return k + 1
		}
		return 0
	}
	return 0
}

// row returns where the line holding from..to starts (at most 300 bytes
// before) and whether it is a row of OCR columns: one where at least two
// spaces stand between Chinese characters.
func (x *extractor) row(from, to int) (lo int, columns bool) {
	lo = runeStart(x.s, max(0, from-300))
	hi := runeStart(x.s, min(len(x.s), to+300))
	if k := lastIndexByte(x.s[lo:from], '\n'); k >= 0 {
		lo = lo + k + 1
	}
	if k := strings.IndexByte(x.s[to:hi], '\n'); k >= 0 {
		hi = to + k
	}
	breaks := 0
	for k := lo; k < hi && breaks < 2; {
		j := strings.IndexByte(x.s[k:hi], ' ')
		if j < 0 {
			break
		}
		j += k
		if hanBreak(x.s, j) {
			breaks++
		}
		k = j + 1
	}
	return lo, breaks >= 2
}

// hanBreak reports whether the space at s[k] stands between two Chinese
// characters.
func hanBreak(s string, k int) bool {
	a, _ := hanzi.DecodeLastRune(s[:k])
	b, _ := hanzi.DecodeRune(s[k+1:])
	return hanzi.IsHan(a) && hanzi.IsHan(b)
}

// stripLinks takes the verbs that link a subject to its number off the end.
func stripLinks(s string) string {
	for n := 0; n < 6; n++ {
		t, w := trimSuffixes(s, growthVerbs)
		if w == "" {
			t, w = trimSuffixes(s, linkVerbs)
		}
		if w == "" {
			break
		}
		s = t
	}
	return s
}

// datesIn reports whether a date quantity lies in s[from:to].
func (x *extractor) datesIn(from, to int) bool {
	for j := x.qAfter(from); j < len(x.qs) && x.qs[j].Start < to; j++ {
		if k := x.qs[j].Kind; k == quantity.Date || k == quantity.Time {
			return true
		}
	}
	return false
}

// isWordAcross reports whether a and b written together are a word of the
// segmenter's dictionary: then a space between them wraps a line.
func isWordAcross(a, b rune) bool {
	d := segment.Default().Dict()
	if d == nil {
		return true // without a dictionary, keep the words together
	}
	_, ok := d.Freq(string([]rune{a, b}))
	return ok
}

func firstAfter(qs []quantity.Quantity, from int) int {
	lo, hi := 0, len(qs)
	for lo < hi {
		m := (lo + hi) / 2
		if qs[m].Start < from {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// refineKind tells growth from share for percentages and counts rank
// changes.
func refineKind(f Figure, q quantity.Quantity, cl clause) Kind {
	if f.Kind != Share {
		return f.Kind
	}
	switch {
	case q.Unit == "‰" || containsAny(cl.name, shareRates):
		return Share // 人口自然增长率2.76‰: a rate per head, not a growth over time
	case cl.growthVerb != "":
		return Growth
	case cl.share:
		return Share
	case containsAny(cl.name, rateNames):
		return Growth
	}
	return Share
}

// trimSpan drops the blanks around a sentence: a derived figure spans the
// sentence it comes from, not its paragraph's indentation.
func trimSpan(s string, start, end int) (int, int) {
	for start < end {
		r, sz := hanzi.DecodeRune(s[start:end])
		if !hanzi.IsBlank(r) {
			break
		}
		start += sz
	}
	for end > start {
		r, sz := hanzi.DecodeLastRune(s[start:end])
		if !hanzi.IsBlank(r) {
			break
		}
		end -= sz
	}
	return start, end
}

// ageBound: 65岁及以上 opens the name of what it bounds (老年人口).
func (x *extractor) ageBound(q quantity.Quantity) bool {
	after := x.s[q.End:min(len(x.s), q.End+16)]
	if rest, mark := trimPrefixes(after, spanMarks); mark != "" {
		after = strings.TrimLeft(rest, "0123456789") // 0—14岁人口: the band's first bound
	}
	return hasPrefixAny(after, ageUnits) || matchAny(q.Unit, ageUnits)
}

// threshold reports a bound that classifies rather than measures: the
// 10亿元 of 10亿元以上项目3个.
func (x *extractor) threshold(q quantity.Quantity) bool {
	if q.Qualifier == "" {
		return x.andAboveClass(q)
	}
	if q.Qualifier != "以上" && q.Qualifier != "以下" {
		return false
	}
	k := strings.Index(x.s[q.End:min(len(x.s), q.End+12)], q.Qualifier)
	if k < 0 {
		return false
	}
	r, _ := hanzi.DecodeRune(x.s[q.End+k+len(q.Qualifier):])
	return hanzi.IsHan(r)
}
