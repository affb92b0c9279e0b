package figure

import "strings"

// Bulletins count schools, then their pupils and teachers: 普通中学38所，在
// 校学生2.95万人; 全县专任教师8229人，其中，普通中学2741人、小学3057人. A
// statistician labels each count of people by the school and the people:
// 普通中学在校学生, 小学专任教师 (as i04's gold: 小学在校生, 高中在校生).

// schoolPeople are the people a school count is followed by.
var schoolPeople = []string{"在校学生", "在校生", "在园幼儿", "毕业生", "本年毕业生", "招生", "专任教师", "教职工"}

// schoolKinds end the name of a kind of school.
var schoolKinds = []string{"中学", "小学", "幼儿园", "学校", "高中", "初中", "院校", "职业中学", "中专", "大学"}

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
		if p == nil {
			return false
		}
		c.n = p.Name + c.n // 普通中学38所，在校学生2.95万人
		return true
	}
	if !hasSuffixAny(c.n, schoolKinds) || runeLen(c.n) < 2 {
		return false
	}
	whole := c.x.lastNamed(c.q.Start)
	if whole == nil || whole.Kind != Count || whole.NormUnit != "人" {
		return false
	}
	for _, w := range schoolPeople {
		if strings.HasSuffix(whole.Name, w) {
			c.n += w // 专任教师8229人，其中，普通中学2741人
			return true
		}
	}
	return false
}

// schoolBefore is the count of schools c's people are of: the figure
// before it in its sentence, past the school's other people (普通中学22所，
// 在校生18391人，本年毕业生6408人); else nil.
func (c *naming) schoolBefore() *Figure {
	x := c.x
	for k := len(x.sent) - 1; k >= 0; k-- {
		g := &x.out[x.sent[k]]
		if g.Derived || g.Start >= c.q.Start {
			continue
		}
		if g.Kind == Count && g.NormUnit == "人" && hasSuffixAny(g.Name, schoolPeople) {
			continue
		}
		if g.Kind == Count && g.Unit == "所" && hasSuffixAny(g.Name, schoolKinds) {
			return g
		}
		return nil
	}
	return nil
}
