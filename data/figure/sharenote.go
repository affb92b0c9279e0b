package figure

import "strings"

// ratioNoteEnds end the name of a ratio a bracket note may give a share
// (占消费总支出的比重(恩格尔系数)): the statistician's own name for it.
var ratioNoteEnds = []string{"系数"}

// shareNote reads a bracket note ending a share's words (居民人均食品消费
// 支出占消费总支出的比重(恩格尔系数)为26.53%). A note naming the ratio
// names the figure; any other note is taken off, so the share is still
// read as a share and not named by its part alone.
func shareNote(s string) (name, rest string) {
	for _, b := range [][2]string{{"(", ")"}, {"（", "）"}} {
		body, ok := strings.CutSuffix(s, b[1])
		k := lastIndex(body, b[0])
		if !ok || k <= 0 || !hasSuffixAny(body[:k], []string{"比重", "占比"}) {
			continue
		}
		if note := body[k+len(b[0]):]; hasSuffixAny(note, ratioNoteEnds) && runeLen(note) >= 3 {
			return note, ""
		}
		return "", body[:k]
	}
	return "", s
}
