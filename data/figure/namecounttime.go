package figure

// endsInTime: the words before a count end in when or where (继上半年 |
// 15个转型项目, 全市今年 | 156个重点项目, 解决了北部 | 3个乡): they say nothing
// of what is counted, which follows the measure word.
func endsInTime(n string) bool {
	return hasSuffixAny(n, countTimes) || hasSuffixAny(n, countWheres)
}

// countWheres are the parts of a place a count's clause may end in.
var countWheres = []string{"北部", "南部", "东部", "西部", "中部", "周边", "沿线", "境内", "辖区内"}

// countTimes are the times a count's clause may end in.
var countTimes = []string{"上半年", "下半年", "今年", "去年", "年内", "目前", "日前", "近日", "近年来", "近年", "一季度", "前三季度", "前两个月", "年初"}

// headCounted: what follows the measure word is a work a report counts
// (实施改善城乡人民生活20项民心工程, 市委市政府为民兴办10件实事): the count is
// of it, whatever the words before say about it.
func (c *naming) headCounted() bool {
	if hasSuffixAny(c.n, countedWorks) {
		return false
	}
	obj := c.x.counted(c.q.End)
	return runeLen(obj) >= 2 && hasSuffixAny(obj, countedWorks)
}

// countedWorks end the name of works a report counts.
var countedWorks = []string{"工程", "项目", "实事", "民生实事", "民心工程", "惠民实事"}
