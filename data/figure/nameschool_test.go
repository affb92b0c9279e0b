package figure

import "testing"

// Pupils and teachers counted after their schools, or listed by school
// under 其中, are labelled by the school (密云县 2011, a 2021 county bulletin).
func TestSchoolPeople(t *testing.T) {
	a := "全县共有中等职业学校5所,在校学生0.51万人。普通中学38所,在校学生2.95万人,其中高中9所,在校学生1.23万人。全县专任教师8229人,其中,普通中学2741人、小学3057人、幼儿园2000人。"
	b := "教育:全县共有大专院校1所,在校生1652人,本年毕业生587人;普通中学22所,在校生18391人,本年毕业生6408人。"
	checkFields(t, []fieldCase{
		{text: a, fig: "2.95万人", name: "普通中学在校学生", kind: Count},
		{text: a, fig: "1.23万人", name: "高中在校学生", kind: Count},
		{text: a, fig: "3057人", name: "小学专任教师", kind: Count},
		{text: a, fig: "8229人", name: "专任教师", kind: Count},
		{text: b, fig: "6408人", name: "普通中学本年毕业生", kind: Count},
	})
}
