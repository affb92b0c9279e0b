package figure

import "strings"

// personHead cuts what a count of people counts after the noun that names
// them when a predicate follows it (党员干部 | 主动请缨, 医护人员 | 坚守一线,
// 密接者 | 进行隔离观察): what they did is said of them, not part of who.
func personHead(obj string) string {
	for k := 0; k < len(obj); {
		j, w := firstHeadEnd(obj[k:])
		if j < 0 {
			return obj
		}
		end := k + j + len(w)
		rest := obj[end:]
		if runeLen(obj[:end]) >= 2 && runeLen(rest) >= 2 && !hasPrefixAny(rest, personHeads) && !hasPrefixAny(rest, headContinuations) {
			return obj[:end]
		}
		k = end
	}
	return obj
}

// firstHeadEnd finds the first person head in s: its offset and the head.
func firstHeadEnd(s string) (int, string) {
	best, head := -1, ""
	for _, w := range personHeads {
		if k := strings.Index(s, w); k >= 0 && (best < 0 || k < best || k == best && len(w) > len(head)) {
			best, head = k, w
		}
	}
	return best, head
}

// personHeads end the name of the people a count counts.
var personHeads = byLength([]string{"干部", "党员", "人员", "队员", "群众", "者", "职工", "学生", "教师", "农民工", "代表", "医生", "护士"})

// headContinuations go on from a person head inside a longer noun
// (参与者人数, 党员干部队伍, 人员的), or say the role the people took, which
// names them (选聘党员群众担任微网格员).
var headContinuations = []string{"人数", "队伍", "的", "和", "及", "、", "家庭", "子女", "中", "总数", "数量", "比例", "担任", "作为", "成为"}
