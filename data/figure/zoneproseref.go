package figure

import (
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// A zone the gazetteer lacks, named only in the text (星沙产业基地, 榔梨工业
// 园: read by proseZone), is as much the zone a later 该园区/园区 refers
// back to as a zone the table names: 星沙产业基地今年上半年新引进优质工业项
// 目11个…该园区上半年实现工业总产值17亿元 (b16) is the base's output, not
// the county's.

// zoneRefWindow is how far back a zone self word looks for its zone, as
// lastZone does: a few paragraphs.
const zoneRefWindow = 3000

// lastZoneOrProse is the zone named last before pos: the gazetteer's
// (lastZone) or one named in prose after it, whichever comes later.
func (x *extractor) lastZoneOrProse(pos int) string {
	z, end := x.lastZone(pos), max(0, pos-zoneRefWindow)
	if !strings.HasPrefix(x.s[pos:], "该") {
		return z // a bare 园区 is as often part of a name (国家农业科技园区示范企业) as a reference
	}
	if z != "" {
		ms := x.pl.at(end, pos)
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].Zone != "" && ms[i].End <= pos {
				end = ms[i].End
				break
			}
		}
	}
	if p := x.lastProseZone(end, pos); p != "" {
		return p
	}
	return z
}

// lastProseZone is the last zone in [from, to) named as written with a name
// of its own before its ending (星沙产业基地); a bare ending (经开区, 园区) or
// a zone named after the report's place is not one.
func (x *extractor) lastProseZone(from, to int) string {
	zt := x.pl.zoneTable()
	bare := map[string]bool{}
	for _, z := range zt.endings {
		bare[z] = true
	}
	last, at := "", -1
	for _, o := range x.bareZones(from, to, nil) { // in the order of their endings' last characters
		if o.start > at && o.owner == x.s[o.start:o.end] && !bare[o.owner] && !groupOfZones(o.owner) {
			last, at = o.owner, o.start
		}
	}
	return last
}

// zoneGroupMarks open the name of a group of zones, not of one (四大开发区,
// 各工业园区, 两个园区).
const zoneGroupMarks = "一二三四五六七八九十两几多各数全"

// groupOfZones reports whether a zone's name opens with a mark of a group.
func groupOfZones(name string) bool {
	r, _ := hanzi.DecodeRune(name)
	return strings.ContainsRune(zoneGroupMarks, r)
}
