package gazetteer

import (
	"context"
	_ "embed"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// Mention is a place name found in text.
type Mention struct {
	Start, End int    // byte offsets in the text
	Text       string // as written: 宿松, 北京市, 雅安经开区
	// Codes are the candidate places, highest level first. One code is a
	// resolved mention; more are a name several places share (朝阳区), left
	// for Resolve and never to be guessed between.
	Codes []string
	Short bool // Text is a short form (宿松 for 宿松县), not an official name
	// Former is true when Text is a name the place had before a rename
	// (户县 for today's 鄠邑区): Codes are today's unit.
	Former bool
	// Zone is the zone ending as written (经开区, 高新区) when the mention is
	// a zone named after its host (雅安经开区); Codes are then the host's, or
	// the zone's own row when the table has one (长春高新区 → 长春高新技术产业开发区).
	Zone string
}

//go:embed zones.tsv
var zonesTSV string

// zoneRule is one line of zones.tsv.
type zoneRule struct {
	written string
	endings []string // endings of the zone's own row in the table
	alone   bool     // written alone, it names the report's own zone
	whole   bool     // the whole of the host's units (县域), named after the host's official name
}

func parseZones() []zoneRule {
	var zs []zoneRule
	for line := range strings.Lines(zonesTSV) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		w, rest, _ := strings.Cut(line, "\t")
		ends, flag, _ := strings.Cut(rest, "\t")
		flags := strings.Split(flag, ",")
		zs = append(zs, zoneRule{written: w, endings: strings.Split(ends, ","), alone: slices.Contains(flags, "alone"), whole: slices.Contains(flags, "whole")})
	}
	// Longest first, so 经济技术开发区 wins over 开发区.
	for i := 1; i < len(zs); i++ {
		for j := i; j > 0 && len(zs[j].written) > len(zs[j-1].written); j-- {
			zs[j], zs[j-1] = zs[j-1], zs[j]
		}
	}
	return zs
}

// BareZones are the zone endings that, written without a host (高新区实现营
// 业收入85亿元), name the report's own zone, longest first.
func (g *Gazetteer) BareZones() []string {
	var out []string
	for _, z := range g.zones {
		if z.alone {
			out = append(out, z.written)
		}
	}
	return out
}

// WholeZone reports whether the zone ending z names the whole of its
// host's units rather than a zone of its own (临汾县域 is all the counties of
// 临汾市): such a zone is named after its host's official name, 临汾市县域.
func (g *Gazetteer) WholeZone(z string) bool {
	for _, r := range g.zones {
		if r.written == z {
			return r.whole
		}
	}
	return false
}

// ZoneAt returns the zone ending s starts with (经开区, 县域), longest
// first, or "".
func (g *Gazetteer) ZoneAt(s string) string {
	for _, z := range g.zones {
		if strings.HasPrefix(s, z.written) {
			return z.written
		}
	}
	return ""
}

// Find returns the place names in text, leftmost-longest and not
// overlapping, in order. Official names and short forms are read; towns only
// by their official names; names that are also ordinary words (城区, 新城)
// only right after a place that holds them (阳泉市城区).
func (g *Gazetteer) Find(text string) []Mention {
	out, _ := g.FindContext(context.Background(), text)
	return out
}

// FindAt is the mention that opens text, the one Find would list first
// when it starts at byte 0: reading a place off the front of a subject
// asks only this, where Find reads on to the end.
func (g *Gazetteer) FindAt(text string) (Mention, bool) {
	if text == "" || text[0] < utf8.RuneSelf {
		return Mention{}, false
	}
	first := &g.names.first
	if r, _ := utf8.DecodeRuneInString(text); r >= 1<<16 || first[r/64]&(1<<(r%64)) == 0 {
		return Mention{}, false
	}
	return g.matchAt(text, 0, nil)
}

// checkBytes is how much text FindContext reads between two looks at
// whether it was cancelled: a few milliseconds' work at most.
const checkBytes = 64 << 10

// FindContext is Find that stops when ctx is done (the user cancelled a
// 10 MB article's analysis): it looks at ctx every checkBytes of text and
// returns ctx's error and no mentions.
func (g *Gazetteer) FindContext(ctx context.Context, text string) ([]Mention, error) {
	var out []Mention
	first := &g.names.first
	for i, check := 0, 0; i < len(text); {
		if i >= check {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			check = i + checkBytes
		}
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		// hanzi.DecodeRune, its three-byte case written out: this reads
		// every rune of an article, and the call was a tenth of the loop
		var r rune
		n := 0
		if i+2 < len(text) && text[i]&0xF0 == 0xE0 && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			if r = rune(text[i]&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				n = 3
			}
		}
		if n == 0 {
			r, n = hanzi.DecodeRune(text[i:])
		}
		if r >= 1<<16 || first[r/64]&(1<<(r%64)) == 0 {
			i += n
			continue
		}
		// matchAt's test of the second rune, inline for a three-byte one:
		// a third of the runes that may open a name are turned away here
		// without a call
		r2 := rune(-1) // not decoded here: matchAt decodes it
		if j := i + n; j+2 < len(text) && text[j]&0xF0 == 0xE0 && text[j+1]&0xC0 == 0x80 && text[j+2]&0xC0 == 0x80 {
			if c := rune(text[j]&0x0F)<<12 | rune(text[j+1]&0x3F)<<6 | rune(text[j+2]&0x3F); c >= 0x800 && (c < 0xD800 || c > 0xDFFF) {
				if g.names.second[c/64]&(1<<(c%64)) == 0 {
					i += n
					continue
				}
				r2 = c
			}
		}
		var last *Mention
		if len(out) > 0 {
			last = &out[len(out)-1]
		}
		var m Mention
		var ok bool
		if r2 >= 0 {
			// both runes are read: matchAt would decode them again, a
			// fifth of the scan
			m, ok = g.matchRunes(text, i, r, r2, last)
		} else {
			m, ok = g.matchAt(text, i, last)
		}
		if ok {
			out = append(out, m)
			i = m.End
			continue
		}
		i += n
	}
	return out, nil
}

// matchAt returns the longest name starting at byte i. last is the mention
// found last before i, if any: ending at i, its places let a stopped name
// be read; listed right before it, its siblings.
func (g *Gazetteer) matchAt(text string, i int, last *Mention) (Mention, bool) {
	r1, n1 := hanzi.DecodeRune(text[i:])
	r2, _ := hanzi.DecodeRune(text[i+n1:])
	return g.matchRunes(text, i, r1, r2, last)
}

// matchRunes is matchAt with the first two runes at i, r1 and r2, read.
func (g *Gazetteer) matchRunes(text string, i int, r1, r2 rune, last *Mention) (Mention, bool) {
	if r2 >= 0 && r2 < 1<<16 && g.names.second[r2/64]&(1<<(r2%64)) == 0 {
		return Mention{}, false
	}
	if p := pairKey(r1, r2); g.names.pairs[p/64]&(1<<(p%64)) == 0 {
		return Mention{}, false
	}
	mask := g.names.heads[headKey(r1, r2)]
	if mask == 0 {
		return Mention{}, false
	}
	// ends[k] is the byte offset after k runes from i, lasts[k] the k-th rune.
	var ends [32]int
	var lasts [32]rune
	j, k := i, 0
	for k < 31 && mask>>(k+1) != 0 && j < len(text) {
		r, n := hanzi.DecodeRune(text[j:])
		j += n
		k++
		ends[k], lasts[k] = j, r
	}
	for ; k >= 2; k-- {
		if mask&(1<<k) == 0 || !g.names.mayBe(r1, r2, lasts[k], k) {
			continue
		}
		if m, ok := g.mention(text, i, ends[k], last); ok {
			g.extendZone(text, &m)
			return m, true
		}
	}
	return Mention{}, false
}

// mention builds the mention of text[i:end] if that is a name readable here.
// Right after a place (北京市朝阳区), only the candidates under it are kept
// when there are any. last is the mention found last before i, if any.
func (g *Gazetteer) mention(text string, i, end int, last *Mention) (Mention, bool) {
	var prev *Mention
	if last != nil && last.End == i {
		prev = last
	}
	var cs, under []cand
	for _, c := range g.names.cands(text[i:end]) {
		if !g.readable(c, text, i, end, prev != nil) {
			continue
		}
		in := prev != nil && g.underAny(g.places[c.place].Code, prev.Codes)
		if in {
			under = append(under, c)
		}
		if c.alone || in || g.listedBeside(c, text, i, end, last) {
			cs = append(cs, c)
		}
	}
	if len(under) > 0 {
		cs = under
	}
	if len(cs) == 0 {
		return Mention{}, false
	}
	m := Mention{Start: i, End: end, Text: text[i:end], Codes: make([]string, len(cs)), Short: true, Former: true}
	area := true
	for k, c := range cs {
		m.Codes[k] = g.places[c.place].Code
		m.Short = m.Short && c.short
		m.Former = m.Former && c.former
		area = area && c.area
	}
	if area {
		m.Zone = g.areaZone(m.Text) // 雄安新区: a zone of its host, as 雅安经开区 is
	}
	return m, true
}

// listJoin joins the items of a list of places (康定、泸定、丹巴、九龙).
const listJoin = "、"

// listedBeside reports whether candidate c of text[i:end], a name not read
// alone (九龙, 东方, 天河: ordinary words too), is listed right beside a
// sibling of its place that is read on its own: 丹巴、九龙、雅江 are 甘孜's
// counties, 儋州、东方、五指山 海南's cities, 天河、海珠 广州's districts.
// Towns not read alone stay unread. last is the mention found last before
// i, if any.
func (g *Gazetteer) listedBeside(c cand, text string, i, end int, last *Mention) bool {
	parent := g.places[c.place].Parent
	if parent == "" || g.places[c.place].Level == Town {
		return false
	}
	if last != nil && last.End+len(listJoin) == i && text[last.End:i] == listJoin && g.siblingIn(last.Codes, c, parent) {
		return true
	}
	rest, ok := strings.CutPrefix(text[end:], listJoin)
	if !ok {
		return false
	}
	next, ok := g.FindAt(rest)
	return ok && g.siblingIn(next.Codes, c, parent)
}

// siblingIn reports whether codes are one place, under parent and not c's.
func (g *Gazetteer) siblingIn(codes []string, c cand, parent string) bool {
	if len(codes) != 1 || codes[0] == g.places[c.place].Code {
		return false
	}
	p, ok := g.Place(codes[0])
	return ok && p.Parent == parent
}

// underAny reports whether code lies under one of the codes.
func (g *Gazetteer) underAny(code string, codes []string) bool {
	for _, a := range codes {
		if g.isAncestor(a, code) {
			return true
		}
	}
	return false
}

// extendZone makes m a zone mention when a zone ending follows it.
func (g *Gazetteer) extendZone(text string, m *Mention) {
	rest := text[m.End:]
	for _, z := range g.zones {
		if !strings.HasPrefix(rest, z.written) {
			continue
		}
		codes := make([]string, 0, len(m.Codes))
		for _, host := range m.Codes {
			if p, _ := g.Place(host); p.Level == Town {
				return
			}
			codes = append(codes, g.zoneRow(host, z))
		}
		m.End += len(z.written)
		m.Text, m.Zone, m.Codes = text[m.Start:m.End], z.written, codes
		return
	}
}

// zoneRow returns the code of the host's own row for the zone (长春高新区 →
// 长春高新技术产业开发区, 220173) when there is exactly one, else the host.
func (g *Gazetteer) zoneRow(host string, z zoneRule) string {
	found := ""
	for _, k := range g.childIndexes(host) {
		c := &g.places[k]
		for _, e := range z.endings {
			stem, ok := strings.CutSuffix(c.Name, e)
			if ok && g.namesPlace(stem, host) {
				if found != "" && found != c.Code {
					return host
				}
				found = c.Code
			}
		}
	}
	if found == "" {
		return host
	}
	return found
}

// namesPlace reports whether stem names the place code, alone (长春,
// 秦皇岛市) or after a name of one of its ancestors (河北衡水).
func (g *Gazetteer) namesPlace(stem, code string) bool {
	if g.nameOf(stem, code) {
		return true
	}
	for k := range stem {
		if k > 0 && g.nameOf(stem[k:], code) {
			for _, a := range g.Chain(code) {
				if g.nameOf(stem[:k], a.Code) {
					return true
				}
			}
		}
	}
	return false
}

// nameOf reports whether name is the official name or a short form of code.
func (g *Gazetteer) nameOf(name, code string) bool {
	for _, c := range g.names.cands(name) {
		if g.places[c.place].Code == code {
			return true
		}
	}
	return false
}

// ZoneEndings are all the zone endings of zones.tsv (经济技术开发区, 工业园,
// 保税区…), longest first: after a name the table lacks (金桥经济技术开发区,
// 榔梨工业园) each still closes a zone's name.
func (g *Gazetteer) ZoneEndings() []string {
	out := make([]string, len(g.zones))
	for i, z := range g.zones {
		out[i] = z.written
	}
	return out
}
