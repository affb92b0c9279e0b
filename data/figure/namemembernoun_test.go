package figure

import "testing"

// 产业 opens 产业类项目 as a word's first half: a count before it is no
// count of a list's industries (it had been named 类和基建类项目落地开工的产业).
func TestMemberNounInLongerWord(t *testing.T) {
	const report = "smt贴片、高新电子产业园等59个产业类和基建类项目落地开工。"
	checkFields(t, []fieldCase{
		{text: report, fig: "59个", name: "产业类"},
	})
}
