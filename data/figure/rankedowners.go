package figure

import (
	"strings"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/hanzi"
	"github.com/zhibiao/zhibiao/data/quantity"
)

// superlatives before 的 make the place after them the subject of its
// clause: 增幅最高的蒲县,同比增长97.7%; 最低的汾西县2.6%; 其次是洪洞县,同比
// 增长55.1% — the place picked out owns the figure that follows.
var superlatives = []string{"最高的", "最低的", "最快的", "最慢的", "最大的", "最小的", "最多的", "最少的", "最好的", "居首的", "居末的", "其次是", "其次为", "次之的是"}

// superlativeOwner reports whether the words before a place (compacted)
// pick it out by a superlative: it is in an owner's position.
func superlativeOwner(before string) bool {
	return hasSuffixAny(before, superlatives)
}

// gapWords name the difference between two places' values (与增幅最高的蒲
// 县相差96.4个百分点; 增长率差距…扩大6.8个百分点): a figure they introduce is
// neither place's, but the whole the text is about.
var gapWords = []string{"相差", "差距", "极差", "差值"}

// gapReach is how many characters, brackets aside, may stand between a
// gap word and its figure (差距扩大, 相差达).
const gapReach = 4

// gapFigure reports whether the figure at pos, in the clause starting at
// cs, is a gap between places: a gap word stands right before it, with at
// most gapReach characters between once bracketed asides are dropped
// (差距(增幅最高的浮山92.2%…)扩大6.8个百分点).
func gapFigure(s string, cs, pos int) bool {
	if !containsAny(s[cs:pos], gapWords) {
		return false // most clauses: no copy made
	}
	clause := dropBracketed(s[cs:pos])
	k, w := lastWord(clause, gapWords)
	if k < 0 {
		return false
	}
	rest := clause[k+len(w):]
	return utf8.RuneCountInString(rest) <= gapReach && !strings.ContainsAny(rest, "，,；;。、(（")
}

// dropBracketed is s without the bracketed parts it closes; a bracket
// left open stays, and stops a gap word's reach.
func dropBracketed(s string) string {
	out := []rune{}
	var opens []int
	for _, r := range s {
		switch r {
		case '(', '（':
			opens = append(opens, len(out))
		case ')', '）':
			if n := len(opens); n > 0 {
				out = out[:opens[n-1]]
				opens = opens[:n-1]
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// figureEndsAt reports whether a quantity of the text ends right at k: a
// place written straight after a figure opens a new clause whose comma the
// page lost (低于全市增速4.7个百分点法库县实现地区生产总值144.7亿元, a14).
func (x *extractor) figureEndsAt(k int) bool {
	j := x.qAfter(k) - 1
	return j >= 0 && x.qs[j].End == k && x.qs[j].Kind != quantity.Date // 2021年度全国…: a date is no figure
}

// ownerPlaced reports whether a place starting at start, after the words
// before (compacted), stands where a clause's subject does: at the clause's
// start or after a time phrase (ownerPosition), picked out by a
// superlative, or straight after a figure whose comma the page lost.
func (x *extractor) ownerPlaced(before string, start int) bool {
	return ownerPosition(before) || superlativeOwner(before) || ordinalOwner(before) || x.figureEndsAt(start) || x.lineOpens(start) || x.superlativeKindOwner(start)
}

// lineOpens reports whether start opens a short line of a news item written
// one phrase a line (作为县级市\n阿尔山市的森林覆盖率高达86%): the break is
// where a sentence would have put its comma. A long line is a paragraph whose
// breaks a page may have put anywhere, and is not read so.
func (x *extractor) lineOpens(start int) bool {
	if start == 0 || x.s[start-1] != '\n' {
		return false
	}
	from := max(0, start-1-phraseLineMax*utf8.UTFMax) // a longer line is not looked through
	ls := strings.LastIndexByte(x.s[from:start-1], '\n')
	if ls < 0 && from > 0 {
		return false
	}
	return utf8.RuneCountInString(x.s[from+ls+1:start-1]) <= phraseLineMax
}

// phraseLineMax is the most characters the line before a place may have
// for the break between them to be read as a phrase's end.
const phraseLineMax = 30

// headOfClause reports whether a place, after the words before it
// (compacted) and before after, heads a clause of its own as a noun
// phrase: 的 before, a comma after (上半年以微弱优势占据第三的长汀县，前三季度
// GDP总量完成268.93亿元): the place described is the subject of what
// follows, as after a superlative.
func headOfClause(before, after string) bool {
	return strings.HasSuffix(before, "的") && hasPrefixAny(after, describedHeadNext)
}

// describedHeadNext follow a place described before it (…的长汀县，前三季度…;
// 达州市唯一上榜的宣汉县位列79位): a comma, or a verb of rank whose subject
// the place is.
var describedHeadNext = []string{"，", ",", "\n", "位居", "位列", "名列", "排名", "排在", "跃居", "稳居"}

// headlineMax is the most characters a line may have to be read as a
// headline: a title or a heading, without a full stop.
const headlineMax = 60

// titleBreakBefore reports whether the place at start opens a part of a
// headline set off by a space, as headlines join their parts (贵州前三季度市
// 县经济发展情况公布 黔东南地区生产总值同比增长5.7%): it stands where a
// clause's subject does. Only a short line without a full stop is read so:
// a body copied from a page breaks words with spaces anywhere.
func (x *extractor) titleBreakBefore(start int) bool {
	r, _ := hanzi.DecodeLastRune(x.s[:start])
	if r != ' ' && r != '\u3000' {
		return false
	}
	line, ok := shortLineAround(x.s, start, 4*headlineMax)
	return ok && !strings.Contains(line, "。") && utf8.RuneCountInString(line) <= headlineMax
}
