package figure

import "testing"

// Teachers counted after a semicolon with 共有 are all schools' (环县 2011
// bulletin's education section), not the 公办幼儿园 listed last.
func TestPeopleOfAllSchools(t *testing.T) {
	s := "八、教育、文化和卫生、体育 年末共有各级各类学校389所，其中：高级中学1所，小学294所，幼儿园65所，其中公办幼儿园1所；共有专任教师4011人，其中：中学专任教师1757人。"
	checkFields(t, []fieldCase{
		{text: s, fig: "4011人", name: "专任教师"},
		{text: "全县有小学98所，共有在校学生5000人。", fig: "5000人", name: "小学在校学生"},
	})
}
