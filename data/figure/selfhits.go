package figure

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// selfHit is a self word (全县, 该镇, 全国) written in the text: found once
// per article, since every figure looks back over the 300 bytes before it
// and figures come every few dozen bytes in a dense report.
type selfHit struct {
	pos     int
	word    string
	endings []string // the place kinds a self word names (县 for 全县); nil for a town's or 全国
	town    bool     // 该镇, 全乡: the town named last
	back    bool     // 该地区: the place named last
}

// selfHitsIn returns the self words written in [from, to), in the order
// ownersIn used to find them (by word, then by position), finding them in
// the whole text the first time.
func (x *extractor) selfHitsIn(from, to int) []selfHit {
	if x.selfHits == nil {
		x.selfHits, _ = findSelfHits(context.Background(), x.s) // never cancelled
	}
	i := sort.Search(len(x.selfHits), func(i int) bool { return x.selfHits[i].pos >= from })
	j := i
	for j < len(x.selfHits) && x.selfHits[j].pos < to && x.selfHits[j].pos+len(x.selfHits[j].word) <= to {
		j++
	}
	if j == len(x.selfHits) || x.selfHits[j].pos >= to {
		return x.selfHits[i:j:j] // all of them: shared, not copied (callers only read)
	}
	var out []selfHit
	for _, h := range x.selfHits[i:] {
		if h.pos >= to {
			break
		}
		if h.pos+len(h.word) <= to {
			out = append(out, h)
		}
	}
	return out
}

// findSelfHits lists every self word of s by position, in one pass over
// the text: a word is looked for only where its first character is. It
// returns ctx's error when ctx is done before (it looks every checkBytes).
func findSelfHits(ctx context.Context, s string) ([]selfHit, error) {
	byFirst := map[rune][]selfHit{}
	add := func(w string, h selfHit) {
		r, _ := hanzi.DecodeRune(w)
		h.word = w
		byFirst[r] = append(byFirst[r], h)
	}
	for _, sw := range selfWords {
		for _, w := range sw.words {
			add(w, selfHit{endings: sw.endings})
		}
	}
	for _, sw := range townsSelfWords {
		for _, w := range sw.words {
			add(w, selfHit{endings: sw.endings})
		}
	}
	for _, w := range townSelfWords {
		add(w, selfHit{town: true})
	}
	for _, w := range nationalSelfWords {
		add(w, selfHit{})
	}
	for _, w := range backSelfWords {
		add(w, selfHit{back: true})
	}
	// every first character is three bytes (全, 我, 该, 县…): a place is
	// looked up only where the third byte of one of them stands, and no
	// rune of the text is decoded elsewhere (a lead byte is never inside a
	// rune, so the positions are those a range over s reads)
	var third [256]bool
	for r := range byFirst {
		if utf8.RuneLen(r) != 3 {
			return findSelfHitsByRune(ctx, s, byFirst)
		}
		third[string(r)[2]] = true
	}
	hits := []selfHit{}
	check := 0
	for i := 0; i+2 < len(s); {
		if i >= check {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			check = i + checkBytes
		}
		c, b1, b2 := s[i], s[i+1], s[i+2]
		if c&0xF0 != 0xE0 {
			i++
			continue
		}
		if third[b2] {
			// the rune the three bytes would be: a wrong one (broken
			// bytes) is no word's first, or its word is not there
			r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			for _, h := range byFirst[r] {
				if strings.HasPrefix(s[i:], h.word) {
					h.pos = i
					hits = append(hits, h)
				}
			}
		}
		// a whole rune's two trailing bytes lead nothing: stepping over
		// them reads a third of the bytes of Chinese text
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			i += 3
		} else {
			i++
		}
	}
	return hits, nil
}

// findSelfHitsByRune is findSelfHits for self words of any first rune.
func findSelfHitsByRune(ctx context.Context, s string, byFirst map[rune][]selfHit) ([]selfHit, error) {
	hits := []selfHit{}
	check := 0
	for i, r := range s {
		if i >= check {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			check = i + checkBytes
		}
		for _, h := range byFirst[r] {
			if strings.HasPrefix(s[i:], h.word) {
				h.pos = i
				hits = append(hits, h)
			}
		}
	}
	return hits, nil
}

// nationalSelfWords name the nation as a self word does a place: 全国, and
// 我国 (一季度，我国国内生产总值同比增长5.3% in a county's report is the
// nation's figure, not the county's). 中国 alone opens the names of
// honours, firms and slogans (中国百强县, 中国式现代化); only before the
// economy's own words is it the nation (中国GDP按不变价格计算同比增长5.3%).
var nationalSelfWords = []string{"全国", "我国", "中国GDP", "中国经济", "中国国内生产总值"}

// backSelfWords refer back to the place named last, of whatever kind (遵义
// 地区生产总值3037.87亿元…。该地区生产总值首次突破3000亿元 in 贵州's news).
var backSelfWords = []string{"该地区"}

// isNational reports whether h is 全国 or 我国.
func (h selfHit) isNational() bool {
	return !h.town && !h.back && h.endings == nil && hasPrefixAny(h.word, nationalSelfWords)
}
