package figure

// eventWords right after a year make it the date of one event (2016年首次
// 进入全国前十, 2019年成功获批国家级开发区, 2021年被评为…): it dates that
// clause, not the figures of the clauses after it, which are of the year the
// text is about (过去的五年…2016年首次进入全国前十；人均生产总值达到8.2万元
// is the fifth year's).
var eventWords = []string{"首次", "首度", "成功", "被评为", "被授予", "获评", "获批", "荣获", "入选", "跻身", "跨入", "进入"}

// eventYear reports whether after, the text right after a year, opens on
// one of eventWords (past a comma: 2016年，首次…).
func eventYear(after string) bool {
	after = trimLeftSet(after, "，, ")
	return hasPrefixAny(after, eventWords)
}
