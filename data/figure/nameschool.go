package figure

import "strings"

// Bulletins count schools, then their pupils and teachers: 普通中学38所，在
// 校学生2.95万人; 全县专任教师8229人，其中，普通中学2741人、小学3057人. A
// statistician labels each count of people by the school and the people:
// 普通中学在校学生, 小学专任教师 (as i04's gold: 小学在校生, 高中在校生).

// schoolPeople are the people a school count is followed by.
var schoolPeople = []string{"在校学生", "在校生", "在园幼儿", "毕业生", "本年毕业生", "招生", "专任教师", "教职工",
	"在校学生数", "在校生数", "在园幼儿数", "在园儿童", "毕业生数", "招生数", "专任教师数"} // the same counted with 数

// schoolKinds end the name of a kind of school.
var schoolKinds = []string{"中学", "小学", "幼儿园", "学校", "高中", "初中", "院校", "职业中学", "中专", "大学", "高校", "中职",
	// a level of schooling stands for its schools in a list of pupils or
	// teachers (在校学生205582人(其中,学前教育33054人、…特殊教育162人))
	"学前教育", "特殊教育", "职业教育"}

// schoolAttribute: see schoolPeople.
func (c *naming) schoolAttribute() bool {
	if c.f.Kind != Count || c.f.NormUnit != "人" {
		return false
	}
	if isAny(c.n, schoolPeople) {
		if c.peopleOfAllSchools() {
			return false
		}
		p := c.schoolBefore()
		if p == "" {
			return false
		}
		c.n = p + c.n // 普通中学38所，在校学生2.95万人
		return true
	}
	if !hasSuffixAny(c.n, schoolKinds) || runeLen(c.n) < 2 {
		return false
	}
	if w := c.peopleOfList(); w != "" {
		c.n += w // 专任教师8229人，其中，普通中学2741人
		return true
	}
	return false
}

// peopleOfList is the people a list of schools' counts of people is of:
// the people word ending the count the list is part of, read back past the
// list's other members, whether or not they took it (各类学校在校学生19.65
// 万人,其中:…小学83925人,职教中心2016人,特殊教育学校172人); else "".
func (c *naming) peopleOfList() string {
	x := c.x
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Kind == Rank || g.Start >= c.q.Start {
			continue
		}
		if g.Kind != Count || g.NormUnit != "人" {
			return ""
		}
		for _, w := range schoolPeople {
			if strings.HasSuffix(g.Name, w) {
				return w
			}
		}
	}
	return ""
}

// schoolBefore is the school c's people are of: the count of schools
// before it in its sentence, past the school's other people (普通中学22所，
// 在校生18391人，本年毕业生6408人), or the school that names those other
// people (普通中学在校学生43944人,招生11599人,毕业生17721人); else "".
func (c *naming) schoolBefore() string {
	x := c.x
	named := "" // the school a people count before names
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Start >= c.q.Start {
			continue
		}
		if g.Kind == Count && g.NormUnit == "人" && hasSuffixAny(g.Name, schoolPeople) {
			if named == "" {
				named = schoolOfPeople(g.Name)
			}
			continue
		}
		if g.Kind == Count && g.Unit == "所" && hasSuffixAny(g.Name, schoolKinds) {
			return g.Name
		}
		break
	}
	return named
}

// schoolOfPeople is the school a name of its people begins with (普通中学
// in 普通中学在校学生), or "".
func schoolOfPeople(name string) string {
	for _, w := range schoolPeople {
		if t := strings.TrimSuffix(name, w); t != name && runeLen(t) >= 2 && hasSuffixAny(t, schoolKinds) {
			return t
		}
	}
	return ""
}
