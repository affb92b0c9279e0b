package figure

// A place or zone opening a name is dropped (the figure's region says
// where), unless all that is left is a bare head (产值, 增加值): 玉林高新区产值
// 突破100亿元, 其中，经开区产值635.9亿元 — the zone is then what the 产值 is
// of, and a name 产值 says nothing. Reports write a zone's figures so in a
// city's or county's text, where the zone is a part, not the whole.

// placeOwnsHead: w, the opening word of s, is a place or zone, and t, the
// rest, a bare head.
func (x *extractor) placeOwnsHead(s, t, w string) bool {
	if !isAny(t, subjectHeads) {
		return false
	}
	if _, pw := x.trimPlace(s); pw == w {
		return true
	}
	return x.bareZone(s) == w || placeAt(s) == w
}
