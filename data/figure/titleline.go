package figure

import "strings"

// reportKinds end the title of a report (2023年某县国民经济和社会发展统计公
// 报, 2024年上半年全县经济运行情况分析): a title line names the document, not
// the figure of the line under it, so a clause never reads back over it.
var reportKinds = []string{
	"统计公报", "工作报告", "情况分析", "运行分析", "形势分析", "运行情况", "情况通报", "发展报告", "决算报告", "预算报告",
	"执行情况", "简析", "综述",
}

// titleLine: the last line of s is a report's title — no sentence marks,
// short, ending in a kind of report (a title may quote 《》 or bracket a
// date).
func titleLine(s string) bool {
	line := strings.TrimSpace(s[lastIndexByte(s, '\n')+1:])
	line = trimRightSet(line, "》”\"")
	// the ending first: clauseStart asks this at every line end it
	// passes, and few lines end as a report's title does
	return line != "" && hasSuffixAny(line, reportKinds) && !containsAnyOf(line, "，,。；;：:") && runeLen(line) <= 40
}
