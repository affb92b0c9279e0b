package figure

// ownerStarting is the place above town level or the zone whose name
// starts at st, within [st, end): a list of subjects sharing out values
// with 分别 may name zones the gazetteer lacks (关中、陕北、陕南县域生产总值
// 同比分别增长6.2%、6.3%、5.3%: 陕南县域 is the third's, and the first two,
// unknown, take none of its name). "" when none starts there.
func (x *extractor) ownerStarting(st, end int) string {
	if name := x.placeStarting(st); name != "" {
		return name
	}
	if x.pl.g == nil {
		return ""
	}
	for _, o := range x.bareZones(st, end, nil) {
		if o.start == st {
			return o.owner
		}
	}
	return ""
}
