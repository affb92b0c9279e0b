package figure

import "strings"

// dengWords hold 等 as part of one word, not as the "and so on" closing a
// list: 中等职业学校, 高等院校, 初等教育 name one kind of school.
var dengWords = []string{"中等", "高等", "初等", "同等", "平等", "优等"}

// dengInWord: the 等 at byte k of s belongs to a word of dengWords.
func dengInWord(s string, k int) bool {
	for _, w := range dengWords {
		if strings.HasSuffix(s[:k+len("等")], w) {
			return true
		}
	}
	return false
}
