package quantity

// rankMoves are the verbs of a rank's move written right after the rank it
// moved from: 全省县域综合排名由2016年的第60名上升至2019年的第35名,
// 我县由二季度的第12位上升到第6位. A 第N位 or 第N名 before them is a rank,
// not an ordinal of a name.
var rankMoves = []string{"上升", "提升", "提高", "前移", "前进", "跃升", "跃居", "升至", "升到", "下降", "下滑", "后移", "降至", "降到"}

// rankMoveAt reports whether one of rankMoves starts at byte i of s.
func rankMoveAt(s string, i int) bool {
	for _, w := range rankMoves {
		if hasPrefix(s, i, w) {
			return true
		}
	}
	return false
}
