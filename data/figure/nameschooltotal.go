package figure

import "strings"

// schoolTotalWords open a count of people of all the schools, not of the
// school counted just before (幼儿园65所，其中公办幼儿园1所；共有专任教师4011人).
var schoolTotalWords = []string{"共有", "共计", "合计", "总计"}

// peopleOfAllSchools: the words between the figure before and c's number
// end its clause group and say a total (；共有专任教师), so it is no school's
// own; 小学98所，共有在校学生5000人 stays the 小学's.
func (c *naming) peopleOfAllSchools() bool {
	if c.prev == nil || c.prev.End > c.q.Start {
		return false
	}
	between := c.x.s[c.prev.End:c.q.Start]
	if !strings.ContainsAny(between, "；;") {
		return false
	}
	for _, w := range schoolTotalWords {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}
