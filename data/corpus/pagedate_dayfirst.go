package corpus

import "regexp"

// dayFirstDate is a page date printed day first, as some aggregators print
// it: 26.07.2016 13:37 above a news item of 长沙县's first half. Only dots
// with a four-digit year last: 07/26/2016 could be either order.
var dayFirstDate = regexp.MustCompile(`(?:^|[^0-9.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:[^0-9.年]|$)`)

// firstDayFirstDate is the first day-first date in h, when h has one whose
// day and month are a real day.
func firstDayFirstDate(h []byte) (Date, bool) {
	for _, m := range dayFirstDate.FindAllSubmatch(h, -1) {
		d := dateFromParts(string(m[3]), string(m[2]), string(m[1]))
		if d.Month != 0 && d.Day != 0 {
			return d, true
		}
	}
	return Date{}, false
}
