package corpus

import (
	"regexp"
	"strconv"
)

// monthLastDay is a stock's date written as the last day of its month
// after 截至 (截至6月30日，全县金融机构存款余额…): the month's end, as 6月末 is.
var monthLastDay = regexp.MustCompile(`(?:截至|截止|截止到|到)\s*(?:(?:19|20)\d{2}\s*年\s*)?` + monthNum + `\s*月\s*(\d{1,2})\s*日`)

// daysIn is the number of days of each month; February may end on the 28th
// or the 29th.
var daysIn = [13]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// lastDayEnd is the period code of month m ending on day d (M6E for 6月30日),
// "" when d is not the month's last day or the month is December (the
// year's end, which has no code).
func lastDayEnd(m, d int) string {
	if m < 1 || m > 11 || d != daysIn[m] && !(m == 2 && d == 28) {
		return ""
	}
	return "M" + strconv.Itoa(m) + "E"
}

// lastDayLeads are what monthLastDay cannot match without: the regexp is
// run only on the sentences that write one.
var lastDayLeads = []string{"截至", "截止", "到"}
