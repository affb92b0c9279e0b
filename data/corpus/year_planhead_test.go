package corpus

import "testing"

// A plan's name run into the opening of a titleless copy gives the year of
// its tasks (i07); a plan named later in the text does not.
func TestPlanHeadYear(t *testing.T) {
	cases := []struct {
		text string
		year int
	}{
		{"1、乡镇2023年工作要点 2023年是“十三五规划开局之年。乡党委政府将在县委、县政府的领导下。\n2、高残农药,实现无公害茶叶;完成低改品改3000亩。\n", 2023},
		{"乡党委政府将在县委、县政府的领导下,认真践行“三严三实,狠抓落实,力争各项工作出众、出色、出彩,落实2023年工作要点。\n", 0},
	}
	for _, c := range cases {
		if got := Parse("t.txt", []byte(c.text)).Year; got != c.year {
			t.Errorf("Parse(%.30q…).Year = %d, want %d", c.text, got, c.year)
		}
	}
}
