package figure

import "testing"

// 中等 and 高等 are words, not a list's 等 (county bulletins' education
// sections).
func TestDengInWord(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "九、教育、科技和文化\n全县共有中等职业学校5所，在校学生0.51万人。普通中学38所，在校学生2.95万人。", fig: "5所", name: "中等职业学校"},
		{text: "九、教育、科技和文化\n全县共有中等职业学校5所，在校学生0.51万人。普通中学38所，在校学生2.95万人。", fig: "0.51万人", name: "中等职业学校在校学生"},
		{text: "全市有普通高等学校5所，在校学生3.2万人。", fig: "5所", name: "普通高等学校"},
	})
}
