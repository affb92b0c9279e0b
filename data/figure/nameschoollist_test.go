package figure

import "testing"

// Counts of pupils and teachers in county and city bulletins' education
// sections take the school they are of (probes: 织金县 2022, 沂水县 2001,
// 溆浦县 2006, 九江/亳州 2018).
func TestSchoolPeopleLists(t *testing.T) {
	pupils := "2022年，全县共有在校学生205582人（其中，学前教育33054人、小学101036人、初中48058人、普通高中21212人、中职2026人、特殊教育162人、专门学校34人）。"
	yishui := "2001年末，全县各类学校在校学生19.65万人，其中：中等专业学校2083人，普通中学88399人，小学83925人，职教中心2016人，特殊教育学校172人。"
	teachers := "共有专任教师9689人（其中，幼儿园4529人、小学5613人、初中2696人、中等职业教育134人、特殊教育28人、工读学校31人）。"
	xupu := "2006年，全县有普通中学59所，普通小学336所。普通中学在校学生43944人，招生11599人，毕业生17721人。普通小学在校学生42137人，毕业生7148人。"
	checkFields(t, []fieldCase{
		// a level of schooling stands for its schools
		{text: pupils, fig: "33054人", name: "学前教育在校学生"},
		{text: pupils, fig: "162人", name: "特殊教育在校学生"},
		// a member that is no school does not cut the list from its whole
		{text: pupils, fig: "34人", name: "专门学校在校学生"},
		{text: yishui, fig: "172人", name: "特殊教育学校在校学生"},
		{text: teachers, fig: "31人", name: "工读学校专任教师"},
		// the school named with its pupils names its other people
		{text: xupu, fig: "11599人", name: "普通中学招生"},
		{text: xupu, fig: "7148人", name: "普通小学毕业生"},
		// 普通高校 is a kind of school
		{text: "全市共有普通高校7所，当年招生3.6万人，在校生10.10万人。", fig: "3.6万人", name: "普通高校招生"},
		{text: "年末全市普通高校2所，在校学生1.3万人。", fig: "1.3万人", name: "普通高校在校学生"},
	})
}

// 拥有 opens a count as 有 does, and pupils counted with 数 or as 在园儿童
// are still the school's (梁溪区 2021 bulletin; 拥有电视台1座 in 永兴县's).
func TestSchoolPeopleCountedWithShu(t *testing.T) {
	s := "八、教育\n全区拥有中学14所，在校学生数16255人。拥有小学36所，在校学生数54288人。拥有幼儿园90所，在园儿童27415人。"
	checkFields(t, []fieldCase{
		{text: s, fig: "14所", name: "中学"},
		{text: s, fig: "16255人", name: "中学在校学生数"},
		{text: s, fig: "27415人", name: "幼儿园在园儿童"},
		{text: "年末全县共有艺术表演团体3个，拥有电视台1座，广播电台1座。", fig: "1座", name: "电视台"},
	})
}
