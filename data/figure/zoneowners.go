package figure

// Zones as owners of figures: a zone written alone (高新区, 经开区) or after
// a place, named as the text names it, with its host.

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// bareZones lists the zones written alone in [from, to), outside the
// place names already found: 高新区实现营业收入85亿元 is the zone of the
// report's own place, named as written; 县工业集中区 (b15), after the
// subject's kind, is the subject's zone, named in full (衡南县工业集中区).
// Which endings are written so is the gazetteer's data (zones.tsv).
func (x *extractor) bareZones(from, to int, found []owner) []owner {
	if x.pl.g == nil {
		return nil
	}
	zt := x.pl.zoneTable()
	var out []owner
	seg := x.s[from:to]
	take := func(at int, z string) {
		for _, o := range append(found, out...) {
			if at < o.end && o.start < at+len(z) {
				return
			}
		}
		if x.honourZone(from, at) {
			return // 凤县…创建国家生态文明建设示范区 (d04): an honour's name, not a zone's figures
		}
		if start, ok := x.proseZone(at); ok {
			if builtZone(x.s[at+len(z) : min(len(x.s), at+len(z)+24)]) {
				return // 鞋服产业园顺利落地: a park built as a project, not an owner of the figures after it
			}
			out = append(out, owner{start: start, end: at + len(z), owner: x.pl.ownAbbreviation(x.s[start:at] + z)})
			return // 金桥经济技术开发区, 榔梨工业园: a zone the table lacks, named as written
		}
		if !zt.alone[z] {
			return
		}
		name, start := x.ownZone(at, z)
		if name == "" {
			return
		}
		out = append(out, owner{start: start, end: at + len(z), owner: name})
	}
	// each place a last character of an ending (区, 园, 地, 域) stands tries
	// the endings longest first; where they stand is found once in the text
	if zt.lastAt == nil {
		zt.lastAt = make([][]int, len(zt.lasts))
		for i, last := range zt.lasts {
			eachIndex(x.s, last, func(k int) { zt.lastAt[i] = append(zt.lastAt[i], k) })
		}
	}
	for i, last := range zt.lasts {
		at := zt.lastAt[i]
		for j := sort.SearchInts(at, from); j < len(at) && at[j]+len(last) <= to; j++ {
			end := at[j] - from + len(last)
			for _, z := range zt.byLast[i] {
				if strings.HasSuffix(seg[:end], z) {
					take(from+end-len(z), z)
					break
				}
			}
		}
	}
	return out
}

// ownZone names a zone written alone at at: after the subject's kind
// (县工业集中区, 市高新区) the subject's own, in full; else as written.
// start is where the zone's name begins, its kind included. name is ""
// when the zone owns no figure of its own: its figures stay the subject's.
func (x *extractor) ownZone(at int, z string) (name string, start int) {
	if len(x.pl.subject) == 0 {
		return x.titleProseZone(z), at
	}
	selfPl := x.pl.subject[len(x.pl.subject)-1]
	self := selfPl.Name
	r, sz := hanzi.DecodeLastRune(x.s[:at])
	if last, _ := hanzi.DecodeLastRune(self); r == last && strings.ContainsRune("县市区旗州", r) {
		return self + z, at - sz
	}
	g := x.pl.g
	switch {
	case x.pl.written != "" && strings.HasSuffix(x.pl.written, z):
		return x.pl.written, at // the report's own zone, as its region is written (金坛开发区)
	case selfPl.Parent != "" && g.ZoneRow(selfPl.Parent, z) == selfPl.Code && x.a.Region != "":
		return x.a.Region, at // the report is the zone's own (芜湖经开区)
	case strings.HasSuffix(self, "区") && !strings.HasSuffix(self, z) && partOfTotal(x.s[:at]):
		// 总产值779.7亿元,其中,经开区产值635.9亿元…,高新区产值111.5亿元 in 长寿区's report: a
		// part of the district's own total, so the district's figure (x03)
		return "", at
	case strings.HasSuffix(self, z) || selfPl.Level != gazetteer.Prefecture && selfPl.Level != gazetteer.County || strings.HasSuffix(self, "区"):
		return z, at // a district's report: the zone is most often its city's, or a unit of the district itself; kept as written
	}
	// 经开区完成规模以上工业产值911.8亿元 in 长沙县's news: 长沙经开区
	return g.ShortName(selfPl.Code) + z, at
}

// zoneSelfWords refer back to the zone named last: 云南牟定产业园区管委会挂
// 牌成立…园区10户规上企业实现工业总产值22.37亿元 (b10); 该园区上半年实现工业
// 总产值17亿元 (b16).
var zoneSelfWords = []string{"该园区", "园区"}

// zoneSelfCore is written in every one of zoneSelfWords.
const zoneSelfCore = "园区"

// zoneRefs lists the zone self words in [from, to) that are not part of a
// name found already, each owned by the zone named last before it.
func (x *extractor) zoneRefs(from, to int, found []owner) []owner {
	if index(x.s[from:to], zoneSelfCore) < 0 {
		return nil // one search of the window, not one for each word
	}
	var out []owner
	for _, w := range zoneSelfWords {
		eachIndex(x.s[from:to], w, func(k int) {
			at := from + k
			for _, o := range append(found, out...) {
				if at < o.end && o.start < at+len(w) {
					return
				}
			}
			if z := x.lastZoneOrProse(at); z != "" {
				out = append(out, owner{start: at, end: at + len(w), owner: z})
			}
		})
	}
	return out
}

// lastZone is the zone named last before pos, within a few paragraphs, as
// written with a place above it written right before (云南牟定产业园区), or "".
func (x *extractor) lastZone(pos int) string {
	ms := x.pl.at(max(0, pos-3000), pos)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.Zone == "" || m.End > pos {
			continue
		}
		name, _ := x.pl.nameOf(m)
		if i > 0 && ms[i-1].End == m.Start && len(ms[i-1].Codes) == 1 && len(m.Codes) == 1 &&
			containsPlace(x.pl.g.Chain(m.Codes[0]), ms[i-1].Codes[0]) && name == m.Text {
			name = ms[i-1].Text + name
		}
		return name
	}
	return ""
}

// ownAbbreviation is the report's own zone, in full as its region is
// written, when name is that zone's short form (安巢经开区 for 安徽巢湖经济开发
// 区: a Chinese short form keeps characters of the full name in their order,
// its first among them); else name.
func (p *places) ownAbbreviation(name string) string {
	if p.written != "" && abbreviates(name, p.written) {
		return p.written
	}
	return name
}

// abbreviates reports whether short is a short form of full: shorter, with
// full's first character first and every character found in full in order.
func abbreviates(short, full string) bool {
	if len(short) >= len(full) {
		return false
	}
	r0, _ := hanzi.DecodeRune(short)
	f0, _ := hanzi.DecodeRune(full)
	if r0 != f0 {
		return false
	}
	k := 0
	for _, r := range short {
		i := strings.IndexRune(full[k:], r)
		if i < 0 {
			return false
		}
		k += i + utf8.RuneLen(r)
	}
	return true
}

// titleProseZone is the zone ending in z that the title names and the
// gazetteer lacks (两江新区上半年经济运行情况: 新区 later is 两江新区), or z
// as written when the title names none.
func (x *extractor) titleProseZone(z string) string {
	end := titleSpan(x.a)
	if k := strings.Index(x.s[:end], z); k > 0 {
		if start, ok := x.proseZone(k); ok {
			return x.s[start:k] + z
		}
	}
	return z
}

// partOfTotal reports whether the sentence that before, the text up to a
// zone, ends in has written 其中: what follows it breaks down the total
// just written (其中,经开区产值635.9亿元、…,高新区产值111.5亿元), each part
// the same region's.
func partOfTotal(before string) bool {
	if k := strings.LastIndexAny(before, "。；;！？\n"); k >= 0 {
		before = before[k:]
	}
	return strings.Contains(before, "其中")
}

// projectAdverbs stand between a project and the stage it reached
// (产业园顺利落地, 产业园正式开工).
var projectAdverbs = []string{"项目", "顺利", "正式", "已", "全面", "相继", "先后", "成功"}

// builtZone reports whether rest, the text right after a zone the table
// lacks, says that the zone was built or signed as a project (鞋服产业园顺利
// 落地, 智能制造产业园开工建设): the park is a project of the report's
// place, not a place whose own figures follow.
func builtZone(rest string) bool {
	for trimmed := true; trimmed; {
		trimmed = false
		for _, w := range projectAdverbs {
			if r, ok := strings.CutPrefix(rest, w); ok {
				rest, trimmed = r, true
			}
		}
	}
	return hasPrefixAny(rest, projectStages)
}
