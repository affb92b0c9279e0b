package figure

// A town named in a news item's opening scene (峨山县小街街道由义社区的村民正
// 在地里种植秋冬蔬菜) is not whose the figures are once the text turns to
// its own place by a self word (据了解,今年上半年,我市…全市农村居民人均可支
// 配收入达6488元。增速和绝对值位居全省第二): the ranks after 全市 are the
// city's, not the street's.

// selfAbove reports whether a self word of a place (全市, 我县, 全区) is
// written in [from, to): the text has turned from the town to that place.
func (x *extractor) selfAbove(from, to int) bool {
	for _, h := range x.selfHitsIn(from, to) {
		if !h.town && !h.back && h.endings != nil {
			return true
		}
	}
	return false
}
