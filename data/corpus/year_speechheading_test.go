package corpus

import (
	"strings"
	"testing"
)

// A page that stores a work report's 目录 before its text sets the
// report's title as a heading after the 目录's last line (二、2025年目标任
// 务…): the review that follows is of 2024, the year before the report.
func TestSpeechTitleHeadingDatesTheReview(t *testing.T) {
	const text = "一、2024年工作回顾\n\n二、2025年目标任务和重点工作\n\n(一)坚持生态保护第一\n\n三、全面加强政府自身建设\n\n" +
		"2025年湟源县政府工作报告\n\n各位代表:\n\n现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和列席会议的同志提出意见。\n\n" +
		"过去的一年,是感恩奋进的一年,地区生产总值增长7%;固定资产投资增长30.6%。\n\n"
	a := Parse("t.txt", []byte(text))
	if y := a.SectionYear(strings.Index(text, "30.6%")); y != 2024 {
		t.Errorf("section year %d, want 2024", y)
	}
}

// A heading about the report (…政府工作报告解读) is no title: its year
// stays the heading's.
func TestSpeechHeadingEndsWithTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"2025年湟源县政府工作报告", true},
		{"2024年县人民政府工作报告（全文）", true},
		{"2024年政府工作报告解读", false},
		{"一、2024年工作回顾", false},
	} {
		if got := endsWithTitle(c.text); got != c.want {
			t.Errorf("endsWithTitle(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
