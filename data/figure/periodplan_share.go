package figure

// percentAt reports whether the figure at pos is written in per cent: right
// after the name of a year's plan it is the share of the plan done (1-11月，
// 全县规模工业累计完成产值96.02亿元…；占年度目标95%), the months' own, not
// the plan's value (占年预算96540万元).
func (x *extractor) percentAt(pos int) bool {
	j := x.qAfter(pos)
	return j < len(x.qs) && x.qs[j].Start == pos && (x.qs[j].Unit == "%" || x.qs[j].Unit == "％")
}
