package corpus

// dropDayDates removes the dates to the day (2023年02月13日) from a title: a
// page's date line joined to its headline (范縣…會議開幕 / 作者: 來源: 發布時間:
// 2023年02月13日) dates the page, and the year of a title is the year the
// report is about (2023年…统计公报, 2024年1-5月…), which a title never
// writes with its day.
func dropDayDates(title string) string {
	return cnDate.ReplaceAllStringFunc(title, func(d string) string {
		if m := cnDate.FindStringSubmatch(d); m != nil && m[3] != "" {
			return ""
		}
		return d
	})
}
