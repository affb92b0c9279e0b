package figure

// endsInTime: the words before a count end in when (继上半年 | 15个转型项目,
// 全市今年 | 156个重点项目): they say nothing of what is counted, which
// follows the measure word.
func endsInTime(n string) bool {
	return hasSuffixAny(n, countTimes)
}

// countTimes are the times a count's clause may end in.
var countTimes = []string{"上半年", "下半年", "今年", "去年", "年内", "目前", "日前", "近日", "近年来", "近年", "一季度", "前三季度", "前两个月", "年初"}
