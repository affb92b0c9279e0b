package figure

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/hanzi"
)

// A topic is a run of paragraphs about a place other than the article's
// own. News that sets two cities side by side turns to the second with a
// paragraph that opens on it (据青岛市政府新闻办发布会通报，上半年青岛… in a
// page about 济南, a15), and a province's news turns to one of its cities
// the same way (其中，南阳2025年上半年GDP达… in 河南's, b14). From there,
// figures the text does not own otherwise are the topic's, and 全市 is the
// topic's city, until a heading or a paragraph opening on another place
// (or on the article's own) turns the text again.
type topic struct {
	start int
	chain []gazetteer.Place // the topic's chain, province first; nil: the article's own
}

// leadOpeners open a paragraph's lead before its place: 【宿松县】上半年….
const leadOpeners = "【[〔（(「"

// appositiveHeads name what the place after them is to the report, in
// apposition: 省定监测点同仁地区全年居民消费价格… (a prefecture's bulletin
// turning to the seat where prices are sampled) opens on 同仁 as its subject.
var appositiveHeads = []string{"监测点", "调查点", "样本点", "采价点", "监测城市", "调查城市", "样本县", "调查县", "试点县", "试点城市"}

// topicLead is how far into a paragraph (in characters) the place it opens
// on may stand: after 据, 其中，, 分地区看，.
const topicLead = 16

// findTopics lists where the text turns to another place and back.
func findTopics(x *extractor) []topic {
	var out []topic
	cur := false
	for _, p := range x.a.Paragraphs {
		if p.Kind == corpus.Furniture || p.Kind == corpus.Caption || p.Text == x.a.Title {
			continue
		}
		if p.Kind == corpus.Heading || sectionLine(p.Text) {
			if cur {
				out = append(out, topic{start: p.Start})
				cur = false
			}
			continue
		}
		m, ok := x.leadPlace(p)
		if !ok {
			continue
		}
		if chain := x.topicChain(m, p); chain != nil {
			out = append(out, topic{start: p.Start, chain: chain})
			cur = true
		} else if cur {
			out = append(out, topic{start: p.Start})
			cur = false
		}
	}
	return out
}

// sectionLine: a short line without a full stop opening with a section
// number (二、县域农业经济快速增长) is a heading the parser left as body.
func sectionLine(s string) bool {
	r, _ := hanzi.DecodeRune(s)
	// no more than 40 runes is no more than 160 bytes: most paragraphs
	// are longer, and are not counted
	return len(s) <= 40*utf8.UTFMax && utf8.RuneCountInString(s) <= 40 && strings.ContainsRune("一二三四五六七八九十", r) &&
		strings.Contains(s, "、") && !strings.Contains(s, "。")
}

// leadPlace is the first place above town level a paragraph names within
// its first topicLead characters, in the position of an owner.
func (x *extractor) leadPlace(p corpus.Paragraph) (gazetteer.Mention, bool) {
	limit := p.Start
	for n := 0; limit < len(x.s) && n < topicLead; n++ {
		_, sz := hanzi.DecodeRune(x.s[limit:])
		limit += sz
	}
	for _, m := range x.pl.at(p.Start, limit) {
		if len(m.Codes) != 1 || x.pl.level(m) == gazetteer.Town || x.nameLike(m) || x.orgName(m.End) {
			continue
		}
		before := strings.TrimLeft(compact(x.s[p.Start:m.Start]), leadOpeners)
		if before != "" && !ownerPosition(before) && !hasSuffixAny(before, []string{"据", "其中"}) && !hasSuffixAny(before, appositiveHeads) {
			continue
		}
		if x.quantityIn(p.Start, m.Start) {
			// 地区生产总值增长4.4%，雅江增长5.5%: a figure stated before the
			// place is the article's, and the paragraph did not open on it
			return gazetteer.Mention{}, false
		}
		return m, true
	}
	return gazetteer.Mention{}, false
}

// topicChain is the chain of the place m when a paragraph opening on it
// turns the text to it: a place of the subject's level or under it, not in
// the subject's chain (any place when the article has no subject: a page
// of counties' news, each opening on its own), and the only place of its
// level the paragraph names (a paragraph comparing 郑州、洛阳、南阳 is about
// none of them).
func (x *extractor) topicChain(m gazetteer.Mention, p corpus.Paragraph) []gazetteer.Place {
	pl, ok := x.pl.g.Place(m.Codes[0])
	if !ok || m.Zone != "" {
		return nil
	}
	if len(x.pl.subject) > 0 {
		self := x.pl.subject[len(x.pl.subject)-1]
		if pl.Level < self.Level || containsPlace(x.pl.subject, pl.Code) {
			return nil
		}
	}
	for _, o := range x.pl.at(p.Start, p.End) {
		if len(o.Codes) == 1 && o.Codes[0] != pl.Code && x.pl.level(o) == pl.Level {
			return nil
		}
	}
	return x.pl.g.Chain(pl.Code)
}

// topicAt is the chain of the topic the text is on at pos, or nil for the
// article's own.
func (x *extractor) topicAt(pos int) []gazetteer.Place {
	i := sort.Search(len(x.topics), func(i int) bool { return x.topics[i].start > pos }) - 1
	if i < 0 {
		return nil
	}
	return x.topics[i].chain
}

// quantityIn reports whether a quantity of the text other than a date
// (2023年, 1-6月) starts in [from, to).
func (x *extractor) quantityIn(from, to int) bool {
	for i := sort.Search(len(x.qs), func(i int) bool { return x.qs[i].Start >= from }); i < len(x.qs) && x.qs[i].Start < to; i++ {
		if !slices.Contains(dateUnits, x.qs[i].Unit) {
			return true
		}
	}
	return false
}

// dateUnits are the units of a quantity that is a date, not a figure.
var dateUnits = []string{"年", "月", "日", "号"}
