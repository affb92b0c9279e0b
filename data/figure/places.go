package figure

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// places is what the extractor knows of the places one article names: every
// mention, resolved against the others, and the article's subject.
type places struct {
	g        *gazetteer.Gazetteer
	mentions []gazetteer.Mention // in text order
	subject  []gazetteer.Place   // the subject's chain, province first; nil when unknown
	zone     string              // the subject as written when it is a zone (经开区, 高新区)
	written  string              // the zone as written once the region is settled: its code is the subject's
	codes    map[string]string   // codeOf's names, filled on first use
	zones    *zoneTable          // the zone endings bareZones reads, filled on first use
}

// selfWords name the report's own place by its kind: 全县 is the county
// the report is about, 全市 the city above it (or the county-level city
// itself), 全省 its province. Each maps to the endings of the place meant.
var selfWords = []struct {
	words   []string
	endings []string
}{
	{[]string{"全县", "我县", "本县", "该县", "县域"}, []string{"县"}},
	{[]string{"全旗", "我旗", "本旗", "该旗"}, []string{"旗"}},
	{[]string{"全区", "我区", "本区", "该区", "区域内"}, []string{"区", "自治区"}},
	{[]string{"全市", "我市", "本市", "该市"}, []string{"市"}},
	{[]string{"全州", "我州", "本州", "该州"}, []string{"州", "自治州"}},
	{[]string{"全盟", "我盟", "本盟"}, []string{"盟"}},
	{[]string{"全省", "我省", "本省", "该省"}, []string{"省"}},
}

// selfPlace is the place of the subject's chain that a self word names:
// the lowest whose name ends as the word's kind (in 宿松县's report 全市
// is 安庆市; in 沁阳市's own report 全市 is 沁阳市). ok is false when the
// word is not a self word or the chain has no such place.
func (p *places) selfPlace(word string) (gazetteer.Place, bool) {
	// both tables in turn, as append(selfWords, townsSelfWords...) read
	// them: that append copied both for every figure that asked, a tenth
	// of Extract's allocations
	for _, table := range [...][]struct{ words, endings []string }{selfWords, townsSelfWords} {
		for _, sw := range table {
			for _, w := range sw.words {
				if w == word {
					return selfIn(p.subject, sw.endings)
				}
			}
		}
	}
	return gazetteer.Place{}, false
}

// selfIn is the lowest place of chain whose name has one of endings.
func selfIn(chain []gazetteer.Place, endings []string) (gazetteer.Place, bool) {
	for i := len(chain) - 1; i >= 0; i-- {
		if hasSuffixAny(chain[i].Name, endings) {
			return chain[i], true
		}
	}
	return gazetteer.Place{}, false
}

// newPlaces finds and resolves the places of a, and settles its subject
// unless the catalogue or the user already named it.
func newPlaces(ctx context.Context, g *gazetteer.Gazetteer, a *corpus.Article) (*places, error) {
	p := &places{g: g}
	if g == nil {
		return p, nil
	}
	text := a.Text() // a copy of the whole article: made once
	found, err := g.FindContext(ctx, text)
	if err != nil {
		return nil, err
	}
	p.mentions = p.dropWordSplits(text, preferSelfKind(g, text, preferOuter(g, preferNamed(preferListedKind(g, text, preferListKind(g, text, preferListedSibling(g, text, g.Resolve(found))))))))
	defer func() { p.mentions = p.keepTowns(text, p.mentions) }()
	if a.Region != "" {
		p.subject = chainOfName(g, a.Region, p.mentions)
		if a.RegionCode != "" {
			p.subject = g.Chain(a.RegionCode)
		}
		return p, nil
	}
	code, written, err := subjectOf(ctx, g, a, p.mentions)
	if code == "" {
		return p, err
	}
	p.subject = g.Chain(code)
	p.zone = written
	if f := formerOnly(p.mentions, code); f != "" && written == "" {
		// a report written before its place was renamed (户县, 长乐市) is the
		// unit as it was named then: its figures' region is the name it
		// writes, its code today's unit's, so that series join; its self
		// words read by that name's kind (全县 in 户县's bulletin)
		p.subject = slices.Clone(p.subject)
		p.subject[len(p.subject)-1].Name = f
	}
	return p, nil
}

// formerOnly is the former name the text writes code by (户县 for 鄠邑区)
// when it never writes the unit's name of today; else "".
func formerOnly(ms []gazetteer.Mention, code string) string {
	former := ""
	for _, m := range ms {
		if len(m.Codes) != 1 || m.Codes[0] != code || m.Zone != "" {
			continue
		}
		if !m.Former || former != "" && former != m.Text {
			return ""
		}
		former = m.Text
	}
	return former
}

// chainOfName is the chain of a place named by the catalogue or the user
// (马村区, 示范区), taking the candidate the text's own mentions support.
func chainOfName(g *gazetteer.Gazetteer, name string, ms []gazetteer.Mention) []gazetteer.Place {
	for _, m := range ms {
		if m.Text == name && len(m.Codes) == 1 {
			return g.Chain(m.Codes[0])
		}
	}
	for _, m := range ms {
		if len(m.Codes) == 1 && m.Zone == "" {
			if pl, ok := g.Place(m.Codes[0]); ok && pl.Name == name {
				return g.Chain(pl.Code)
			}
		}
	}
	if cands := g.Lookup(name); len(cands) == 1 {
		return g.Chain(cands[0].Code)
	}
	// 示范区 in a text naming 焦作: the one division of a named city whose
	// name ends so (焦作城乡一体化示范区)
	var found []gazetteer.Place
	for _, m := range ms {
		if len(m.Codes) != 1 {
			continue
		}
		for _, c := range g.Children(m.Codes[0]) {
			if strings.HasSuffix(c.Name, name) && !containsPlace(found, c.Code) {
				found = append(found, c)
			}
		}
	}
	if len(found) == 1 {
		return g.Chain(found[0].Code)
	}
	return nil
}

func containsPlace(ps []gazetteer.Place, code string) bool {
	for _, p := range ps {
		if p.Code == code {
			return true
		}
	}
	return false
}

// Locate settles the place an article is about, from its own text, unless
// the catalogue or the user has named it: a.Region, a.RegionCode, a.City.
// A report in traditional characters is read in its simplified view
// (縉雲縣 is the gazetteer's 缙云县).
func Locate(g *gazetteer.Gazetteer, a *corpus.Article) {
	v := a.Simplified()
	_, _ = locate(context.Background(), g, v) // never cancelled
	a.Region, a.RegionCode, a.City = v.Region, v.RegionCode, v.City
}

// locate is Locate, returning what it found of the article's places for
// the extractor to use (the text is read for places once), or ctx's error
// when it is done before.
func locate(ctx context.Context, g *gazetteer.Gazetteer, a *corpus.Article) (*places, error) {
	p, err := newPlaces(ctx, g, a)
	if err != nil {
		return p, err
	}
	if len(p.subject) == 0 {
		if a.Region == "" && a.RegionCode == "" {
			a.Region = sharedSubject(g, a, p.mentions)
		}
		if a.Region == "" && a.RegionCode == "" && nationalReport(a) {
			a.Region = "全国" // 中华人民共和国2023年国民经济和社会发展统计公报: the nation's
		}
		return p, nil
	}
	self := p.subject[len(p.subject)-1]
	if a.Region == "" {
		a.Region = self.Name
		if p.zone != "" {
			a.Region = p.zone
		}
	}
	if a.RegionCode == "" {
		a.RegionCode = self.Code
	}
	if a.City == "" {
		for _, pl := range p.subject {
			if pl.Level == gazetteer.Prefecture {
				a.City = pl.Name
			}
		}
	}
	// from here the region is named, as when the catalogue or the user
	// names it: 全区 is the zone's row, not the zone as written
	p.written, p.zone = p.zone, ""
	return p, nil
}

// nationalTitles open the title of the nation's own report, and
// nationalIssuers are the line that issues one (国家统计局 under the title).
var (
	nationalTitles  = []string{"中华人民共和国", "全国", "我国", "中国"}
	nationalIssuers = []string{"国家统计局", "中华人民共和国国家统计局"}
)

// nationalReport reports whether a report naming no place of its own is
// the nation's: its title opens on the nation (中华人民共和国2023年…统计公报,
// 全国规模以上工业企业利润), or one of its first lines is the national
// statistics office issuing it.
func nationalReport(a *corpus.Article) bool {
	if hasPrefixAny(a.Title, nationalTitles) {
		return true
	}
	for i, p := range a.Paragraphs {
		if i >= 4 {
			break
		}
		line := strings.TrimSpace(p.Text)
		for _, w := range nationalIssuers {
			if line == w {
				return true
			}
		}
		if nationalLead(line) {
			return true
		}
	}
	return false
}

// subjectWeights score where a place is named: the title says what a
// report is about; a speaker or dateline line (宿松县人民政府县长, 在宿松县
// 第十八届人民代表大会) as much; a news item's dateline (新华社兰州1月5日电)
// a little more than a mention; the body by how often. A publisher's name
// (宝鸡日报) and a byline line count for nothing.
const (
	titleWeight    = 12
	speakerWeight  = 8
	datelineWeight = 2
	bodyWeight     = 1
)

// speakerMarks follow a place in the lines that say whose report it is.
var speakerMarks = []string{"人民政府", "管委会", "管理委员会", "人民代表大会", "统计局", "政协", "委员会", "县长", "市长", "区长", "州长", "旗长", "省长", "主席"}

// speakerAfter reports whether what follows a place makes its line a
// speaker or dateline line (第十八届人民代表大会, 人民政府县长). Pages
// copied from the web break such lines anywhere (在苍梧县第十七届⏎人民代表
// 大会), so the line breaks and spaces between are skipped.
func speakerAfter(s string) bool {
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "")), "")
	return hasPrefixAny(trimLeftSet(s, "第一二三四五六七八九十届次"), speakerMarks)
}

// subjectOf picks the place the article is about: the best scored place
// that is not a town, clearly ahead of the next (a report naming twenty
// counties alike has no subject). written is the zone as written when the
// subject is a zone named after its host (雅安经开区).
func subjectOf(ctx context.Context, g *gazetteer.Gazetteer, a *corpus.Article, ms []gazetteer.Mention) (code, written string, err error) {
	text := a.Text()
	sc, err := mentionScores(ctx, g, text, titleSpan(a), ms)
	if err != nil {
		return "", "", err
	}
	score := sc.score
	title := a.Title
	if title == "" {
		title = leadZone(g, text) // 本报讯 开发区是我区经济发展的主战场: an untitled item opening on its zone
	}
	titleZones(g, title, ms, score, sc.zoneText)
	listedChildren(g, ms, score)
	unnamedParent(g, text, ms, score)
	unnamedAncestor(g, text, ms, score)
	named := maps.Clone(score)
	if err := boostBySelfWords(ctx, g, text, score); err != nil {
		return "", "", err
	}
	if onlyAbove(g, score) {
		if pl := writtenCounty(g, text); pl != nil && allAncestors(g, score, pl.Code) {
			return pl.Code, "", nil // 建设“六个洋县”… 该县: the one county it writes, below any place it reads
		}
	}
	dropFiledElsewhere(g, score, sc.filed)
	best, ok := leadingSubject(g, a, text, sc, named)
	if !ok {
		return "", "", nil
	}
	code, _, _ = strings.Cut(best, "|")
	return code, sc.zoneText[best], nil
}

// subjectWeight is what mention i counts toward the subject: by where it
// stands (title, speaker line, dateline, body), or 0 when it names a
// qualifier, a publisher or a peer rather than the report's place.
func subjectWeight(g *gazetteer.Gazetteer, text string, titleEnd int, ms []gazetteer.Mention, i int) float64 {
	m := ms[i]
	if qualifies(g, ms, i) {
		return 0 // 徐州市鼓楼区: the city only says which 鼓楼区
	}
	speaker := speakerAfter(text[m.End:min(len(text), m.End+60)])
	dateline := datelineAt(text, m.End)
	if publisherOrPeer(text, m, titleEnd, speaker || dateline) {
		return 0 // 来源：宝鸡日报, 超过肥东县: a publisher or a peer, not the report (来源：凤县人民政府 is its own)
	}
	if firmNameAt(text, ms, i) {
		return 0 // 浙江吉利控股集团有限公司实现营业收入: a company's home, not the report's place
	}
	switch {
	case dateline:
		return datelineWeight // 新华社兰州1月5日电
	case m.Start < titleEnd:
		return titleWeight
	case speaker:
		return speakerWeight // 交城县第十七届人民代表大会, 宿松县人民政府县长
	}
	return bodyWeight
}

// topTwo is the best and second scored keys, ties broken by key so that
// the answer does not depend on map order.
func topTwo(score map[string]float64) (best, second string) {
	for k := range score {
		switch {
		case best == "" || score[k] > score[best] || score[k] == score[best] && k < best:
			best, second = k, best
		case second == "" || score[k] > score[second]:
			second = k
		}
	}
	return best, second
}

// publisherOrPeer: mention m names the medium that published the report,
// a place it is compared with, or a byline's place below the title (own
// is true for a speaker line or a dateline, which name the report's own).
func publisherOrPeer(text string, m gazetteer.Mention, titleEnd int, own bool) bool {
	return mediaName(text, m.End) || comparedAt(text, m.Start) || neighbourAt(text, m.Start) || comparedThrough(text, m.Start) ||
		m.Start >= titleEnd && !own && (bylineAt(text, m.Start) || venueAt(text, m))
}

// clearLead reports whether best leads second by the margin, on the full
// score or on the names alone: 全市 used ten times lifts every city the
// text names alike (赤峰 named twice, 天津港 and 大连港 once), which must not
// erase the lead the names give, so long as best gains at least as much.
func clearLead(score, named map[string]float64, best, second string) bool {
	if score[best] >= 1.5*score[second] {
		return true
	}
	return named[best] >= 1.5*named[second] && score[best]-named[best] >= score[second]-named[second]
}

// listedChildren: a report that names three or more of a place's units
// (兰州、酒泉、天水… in a report on 甘肃) is that place's; the place gains a
// point for each of its units named, when it is named itself, and so
// does a zone named after it.
func listedChildren(g *gazetteer.Gazetteer, ms []gazetteer.Mention, score map[string]float64) {
	kids := map[string]map[string]bool{}
	for _, m := range ms {
		if len(m.Codes) != 1 {
			continue
		}
		pl, ok := g.Place(m.Codes[0])
		if !ok || pl.Parent == "" {
			continue
		}
		if kids[pl.Parent] == nil {
			kids[pl.Parent] = map[string]bool{}
		}
		kids[pl.Parent][pl.Code] = true
	}
	for k := range score {
		// a zone of the place (沈阳市县域, holding 康平县、法库县、新民市) gains as much
		code, _, _ := strings.Cut(k, "|")
		if n := len(kids[code]); n >= 3 {
			score[k] += float64(n)
		}
	}
}

// titleZones scores a zone the title writes without its host (示范区召开党工
// 委(扩大)会议; 高新区 2023年经济运行) as a title mention of the one
// division of that name under the places the text names (焦作市 gives 焦作
// 城乡一体化示范区); unresolved, or closing an honour's name (创建国家生态
// 文明建设示范区), it is left out.
func titleZones(g *gazetteer.Gazetteer, title string, ms []gazetteer.Mention, score map[string]float64, zoneText map[string]string) {
	for _, m := range ms {
		if m.Zone != "" && strings.Contains(title, m.Text) {
			return // 安徽巢湖经济开发区:…: the title's zone is named with its host, scored as a mention
		}
	}
	for _, z := range g.BareZones() {
		k := strings.Index(title, z)
		if k < 0 || honourBefore(title[clauseStart(title, 0, k):k]) {
			continue // 凤县创建国家生态文明建设示范区: a title the county seeks
		}
		chain := chainOfName(g, z, ms)
		written := z
		if n := len(chain); n >= 2 && chain[n-1].Level == gazetteer.Town {
			// a street-level row of the zone (金坛区's 经济开发区): named after
			// its host as the text would, 金坛开发区
			written = g.ShortName(chain[n-2].Code) + z
		}
		if len(chain) == 0 {
			if m, ok := soleZone(ms, z); ok {
				// 高新区2023年上半年经济运行简况 … 来源：洛阳高新区管委会: the
				// one zone of that kind the text names with its host
				pl, _ := g.Place(m.Codes[0])
				key := pl.Code + "|" + m.Text
				score[key] += titleWeight
				zoneText[key] = zoneWritten(g, m, pl)
				return
			}
			host := soleHost(g, ms)
			if host == "" {
				continue
			}
			// 经开区2022年经济社会发展总体情况 in a text naming 芜湖市 alone:
			// 芜湖经开区, the city's 经济技术开发区 row when the table has one
			chain, written = g.Chain(g.ZoneRow(host, z)), g.ShortName(host)+z
		}
		key := chain[len(chain)-1].Code + "|" + z
		score[key] += titleWeight
		zoneText[key] = written
		return
	}
}

// leadMarks may open an untitled news item before its subject.
var leadMarks = []string{"本报讯", "本网讯", "讯"}

// leadZone is the zone ending an untitled text opens on (本报讯 开发区是我区
// 经济发展的主战场), which then stands for the text's title; "" when the
// text opens on anything else.
func leadZone(g *gazetteer.Gazetteer, text string) string {
	lead := strings.TrimSpace(text)
	for _, w := range leadMarks {
		lead = strings.TrimSpace(strings.TrimPrefix(lead, w))
	}
	for _, z := range g.BareZones() {
		if strings.HasPrefix(lead, z) {
			return z
		}
	}
	return ""
}

// soleZone is the one zone of ending z the text names with its host
// (洛阳高新区), resolved; ok is false when it names none or several.
func soleZone(ms []gazetteer.Mention, z string) (gazetteer.Mention, bool) {
	var found gazetteer.Mention
	for _, m := range ms {
		if m.Zone != z || len(m.Codes) != 1 {
			continue
		}
		if found.Text != "" && (found.Text != m.Text || found.Codes[0] != m.Codes[0]) {
			return gazetteer.Mention{}, false
		}
		found = m
	}
	return found, found.Text != ""
}

// soleHost is the one city or county a text names (resolved, not as a
// zone), the host of a zone its title writes alone; "" when it names none
// or several.
func soleHost(g *gazetteer.Gazetteer, ms []gazetteer.Mention) string {
	host := ""
	for _, m := range ms {
		if len(m.Codes) != 1 || m.Zone != "" {
			continue
		}
		pl, ok := g.Place(m.Codes[0])
		if !ok || pl.Level != gazetteer.Prefecture && pl.Level != gazetteer.County {
			continue
		}
		if host != "" && host != pl.Code {
			return ""
		}
		host = pl.Code
	}
	return host
}

// ancestorKey: a county report names its city too; the county leading by
// less than the margin still wins when the other is its ancestor, and a
// zone when the other is its host.
func ancestorKey(g *gazetteer.Gazetteer, best, other string) bool {
	b, _, _ := strings.Cut(best, "|")
	o, _, _ := strings.Cut(other, "|")
	if b == o {
		return true // 沈阳市县域 over 沈阳市: a zone leads its host
	}
	for _, pl := range g.Chain(b) {
		if pl.Code == o {
			return true
		}
	}
	return false
}

// properAncestor reports whether the place of key other is above the
// place of key best, not the same place (a zone and its host share a code).
func properAncestor(g *gazetteer.Gazetteer, best, other string) bool {
	b, _, _ := strings.Cut(best, "|")
	o, _, _ := strings.Cut(other, "|")
	return b != o && ancestorKey(g, b, o)
}

// boostBySelfWords: a report that says 全县 twenty times is a county's; a
// place whose name ends as a self word it uses gains half a point for each
// use (at most ten points).
func boostBySelfWords(ctx context.Context, g *gazetteer.Gazetteer, text string, score map[string]float64) error {
	for _, sw := range selfWords {
		n := 0
		for _, w := range sw.words {
			if err := ctx.Err(); err != nil {
				return err // each count reads the whole text
			}
			n += strings.Count(text, w)
		}
		if n == 0 {
			continue
		}
		for k := range score {
			code, zone, isZone := strings.Cut(k, "|")
			pl, ok := g.Place(code)
			if !ok || !hasSuffixAny(pl.Name, sw.endings) || isZone && !zoneOwnRow(g, pl, zone) {
				continue // a zone named after its host (雅安经开区) is not its host's 全市
			}
			score[k] += float64(min(n, 20)) * 0.5
		}
	}
	return nil
}

// zoneOwnRow reports whether pl, the place a zone written so resolved to,
// is the zone's own row rather than its host: 示范区 written as the end of
// 焦作城乡一体化示范区, or a zone written short after its host (洛阳高新区,
// 雅安经开区) that the table holds as its host's zone row (洛阳高新技术产业
// 开发区): the 全区 of its report is the zone's, as the 全市 of 雅安经开区's
// is not 雅安市's.
func zoneOwnRow(g *gazetteer.Gazetteer, pl gazetteer.Place, written string) bool {
	if strings.HasSuffix(pl.Name, written) {
		return true
	}
	for _, z := range g.ZoneEndings() { // longest first: 高新区 before 新区
		if strings.HasSuffix(written, z) {
			return pl.Parent != "" && g.ZoneRow(pl.Parent, z) == pl.Code
		}
	}
	return false
}

// titleSpan is the byte offset where the title's paragraph ends, or 0.
func titleSpan(a *corpus.Article) int {
	for _, p := range a.Paragraphs {
		if p.Text == a.Title {
			return p.End
		}
	}
	return 0
}

// at returns the mentions starting in [from, to).
func (p *places) at(from, to int) []gazetteer.Mention {
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].Start >= from })
	j := i
	for j < len(p.mentions) && p.mentions[j].Start < to {
		j++
	}
	return p.mentions[i:j]
}

// nameOf is the name a figure's region takes from a mention: the official
// name (宿松 → 宿松县), a zone as written, or the text itself when the
// name is shared and unresolved (朝阳区: whose is not known). code is ""
// when unresolved.
func (p *places) nameOf(m gazetteer.Mention) (name, code string) {
	if len(m.Codes) != 1 {
		return m.Text, ""
	}
	pl, ok := p.g.Place(m.Codes[0])
	if !ok {
		return m.Text, ""
	}
	if m.Former && m.Zone == "" {
		return m.Text, pl.Code // 静海县 in a 2012 news item: named as then, coded as today's 静海区
	}
	if m.Zone != "" && p.written != "" && pl.Code == p.subject[len(p.subject)-1].Code && strings.HasSuffix(p.written, m.Text) {
		return p.written, pl.Code // 巢湖经济开发区 in 安徽巢湖经济开发区's own report: its region as written
	}
	if m.Zone != "" && !strings.HasSuffix(pl.Name, m.Zone) {
		return zoneWritten(p.g, m, pl), pl.Code
	}
	return pl.Name, pl.Code
}

// qualifiedZone is a zone's name as written with the place above its host
// written right before it (安徽巢湖经济开发区: the zone's own full name, as
// lastZone names it too); written alone when nothing qualifies it.
func qualifiedZone(g *gazetteer.Gazetteer, text string, ms []gazetteer.Mention, i int, written string) string {
	if i > 0 && written == ms[i].Text && qualifies(g, ms, i-1) {
		return text[ms[i-1].Start:ms[i].End]
	}
	return written
}

// zoneWritten is the name of a zone mention whose host is pl: as written
// (雅安经开区), or after the host's official name when the zone is the whole
// of its units (临汾县域 → 临汾市县域).
func zoneWritten(g *gazetteer.Gazetteer, m gazetteer.Mention, pl gazetteer.Place) string {
	if g.WholeZone(m.Zone) {
		return pl.Name + m.Zone
	}
	return m.Text
}

// codeOf is the code of a region name as the extractor writes it.
func (p *places) codeOf(name string) string {
	if name == "" {
		return ""
	}
	for i := len(p.subject) - 1; i >= 0; i-- {
		if p.subject[i].Name == name {
			return p.subject[i].Code
		}
	}
	if p.codes == nil {
		// the code of each name as first written, found once: a 6 MB text
		// has tens of thousands of figures and of mentions
		p.codes = map[string]string{}
		for _, m := range p.mentions {
			if n, c := p.nameOf(m); n != "" {
				if _, seen := p.codes[n]; !seen {
					p.codes[n] = c
				}
			}
		}
	}
	if c, ok := p.codes[name]; ok {
		return c
	}
	if (p.zone == name || p.written == name) && len(p.subject) > 0 {
		return p.subject[len(p.subject)-1].Code
	}
	return ""
}

// level returns a mention's level, or Town for an unknown code.
func (p *places) level(m gazetteer.Mention) gazetteer.Level {
	if len(m.Codes) == 0 {
		return gazetteer.Town
	}
	pl, ok := p.g.Place(m.Codes[0])
	if !ok {
		return gazetteer.Town
	}
	return pl.Level
}

// preferNamed settles a short form shared by a city and a county of it
// (长沙: 长沙市 or 长沙县) on the one the text also names in full, and
// returns ms.
func preferNamed(ms []gazetteer.Mention) []gazetteer.Mention {
	named := map[string]bool{}
	for _, m := range ms {
		if len(m.Codes) == 1 && !m.Short {
			named[m.Codes[0]] = true
		}
	}
	for i, m := range ms {
		if len(m.Codes) < 2 {
			continue
		}
		var kept []string
		for _, c := range m.Codes {
			if named[c] {
				kept = append(kept, c)
			}
		}
		if len(kept) == 1 {
			ms[i].Codes = kept
		}
	}
	return ms
}

// preferOuter settles a short form whose places nest, one holding the
// others (兰州: 兰州市 or its 兰州新区), on the outer one, a city or a
// province: a short name written alone names the city. Names shared by
// unrelated places stay unresolved.
func preferOuter(g *gazetteer.Gazetteer, ms []gazetteer.Mention) []gazetteer.Mention {
	for i, m := range ms {
		if !m.Short || len(m.Codes) < 2 {
			continue
		}
		outer, ok := g.Place(m.Codes[0])
		for _, c := range m.Codes {
			if pl, found := g.Place(c); found && len(g.Chain(pl.Code)) < len(g.Chain(outer.Code)) {
				outer = pl
			}
		}
		if !ok || outer.Level > gazetteer.Prefecture {
			continue
		}
		nested := true
		for _, c := range m.Codes {
			if c != outer.Code && !containsPlace(g.Chain(c), outer.Code) {
				nested = false
			}
		}
		if nested {
			ms[i].Codes = []string{outer.Code}
		}
	}
	return ms
}

// keepTowns drops the towns that lie under no place the text or its
// subject names: 其中城镇人口 holds 中城镇, a town of another province.
func (p *places) keepTowns(text string, ms []gazetteer.Mention) []gazetteer.Mention {
	anchors := map[string]bool{}
	for _, pl := range p.subject {
		anchors[pl.Code] = true
	}
	for _, m := range ms {
		if len(m.Codes) == 1 && p.level(m) != gazetteer.Town {
			anchors[m.Codes[0]] = true
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if len(anchors) == 0 && len(m.Codes) == 1 {
			out = append(out, m) // nothing else to go by: a name no other town has
			continue
		}
		if p.level(m) != gazetteer.Town || townLeads(text, m) {
			out = append(out, m)
			continue
		}
		for _, c := range m.Codes {
			if p.underAnchor(c, anchors) {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// underAnchor reports whether town code lies under a county the text
// names, or right under a city it names that has no counties (儋州, 东莞,
// 中山: their towns are their units, as a county's are; 儋州洋浦).
func (p *places) underAnchor(code string, anchors map[string]bool) bool {
	chain := p.g.Chain(code)
	for i, pl := range chain {
		if pl.Code != code && (pl.Level == gazetteer.County || i == len(chain)-2) && anchors[pl.Code] {
			return true
		}
	}
	return false
}

// aboveSubject reports whether m names a place above the article's
// subject (山西 in 交城县's report).
func (p *places) aboveSubject(m gazetteer.Mention) bool {
	if len(m.Codes) != 1 || len(p.subject) < 2 {
		return false
	}
	for _, pl := range p.subject[:len(p.subject)-1] {
		if pl.Code == m.Codes[0] {
			return true
		}
	}
	return false
}

// outsidePlaceNames drops the numbers written inside a longer place name:
// 五台县, 七台河市, 三门峡市, 十堰市 name places and count nothing. A
// mention no longer than the number (三台 in 新购三台设备) leaves it.
func outsidePlaceNames(qs []quantity.Quantity, ms []gazetteer.Mention) []quantity.Quantity {
	out := qs[:0]
	j := 0
	for _, q := range qs {
		for j < len(ms) && ms[j].End <= q.Start {
			j++
		}
		inside := false
		for k := j; k < len(ms) && ms[k].Start <= q.Start; k++ {
			m := ms[k]
			if q.End <= m.End && m.End-m.Start > q.End-q.Start {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, q)
		}
	}
	return out
}

// aboveName reports whether name is a place above the article's subject in
// its chain (湖南省 for 攸县's 全省).
func (p *places) aboveName(name string) bool {
	for i := 0; i+1 < len(p.subject); i++ {
		if p.subject[i].Name == name {
			return true
		}
	}
	return false
}

// elsewhere reports whether m names a place outside the province of
// the article's subject, or a county outside its prefecture; false when
// the subject is unknown.
func (p *places) elsewhere(m gazetteer.Mention) bool {
	if len(m.Codes) != 1 || len(p.subject) == 0 {
		return false
	}
	chain := p.g.Chain(m.Codes[0])
	if len(chain) == 0 || chain[0].Code != p.subject[0].Code {
		return len(chain) > 0
	}
	// a county's short form is another prefecture's (天心 in 株洲's 攸县)
	return len(chain) == 3 && len(p.subject) >= 2 && chain[2].Level == gazetteer.County && chain[1].Code != p.subject[1].Code
}

// zoneAt is the zone ending s starts with, or "".
func (p *places) zoneAt(s string) string {
	if p.g == nil {
		return ""
	}
	return p.g.ZoneAt(s)
}

// Embedded returns the articles shipped in the binary, each located from
// its own text as a user's file is (the catalogue no longer names their
// places): what charts, search and keywords show of them.
func Embedded() ([]*corpus.Article, error) {
	arts, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	g := Default().Places
	for _, a := range arts {
		Locate(g, a)
	}
	return arts, nil
}
