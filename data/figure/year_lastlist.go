package figure

// listHead is where the list of values holding the figure at pos starts:
// the first of the values joined to it by 、和及与 (由上年的22.26%、28.63%和
// 49.11%调整为…: 22.26% for each of the three); pos itself when the figure
// stands alone. What is written before a list's head is said of every
// member: 上年的 makes all three the year before's. The walk stops after
// listHeadReach bytes: a 、 list of thousands of values must stay linear.
func (x *extractor) listHead(pos int) int {
	j := x.qAfter(pos)
	if j >= len(x.qs) || x.qs[j].Start != pos {
		return pos
	}
	for j > 0 && pos-x.qs[j-1].Start <= listHeadReach && x.qs[j-1].End <= x.qs[j].Start && valueJoin(x.s[x.qs[j-1].End:x.qs[j].Start]) {
		j--
	}
	return x.qs[j].Start
}

// listHeadReach is how far before a figure listHead looks for its list's
// head: a dozen values with their units.
const listHeadReach = 240
