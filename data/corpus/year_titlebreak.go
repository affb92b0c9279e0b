package corpus

import "strings"

// continuesYear reports whether next, the line after a title that ends
// with a digit, goes on with the year the title broke inside (…2022 / 年国
// 民经济和社会发展统计公报). A title that ends with the page's date (一季度旅
// 游实现“开门红” 刊发日期:2023-04-14) is not continued by the body after
// it, whose first sentence (…较2019年同期增长98.3%) would date the report.
func continuesYear(next string) bool {
	next = strings.TrimSpace(next)
	return strings.HasPrefix(next, "年") || next != "" && next[0] >= '0' && next[0] <= '9'
}
