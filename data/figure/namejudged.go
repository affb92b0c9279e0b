package figure

import "strings"

// judgedSubject: a bare indicator (增加值, 营业收入) after a clause that
// judges a subject and holds no figure (小微企业增势良好,1-5月实现增加值
// 113.2亿元) is that subject's.
func (c *naming) judgedSubject() bool {
	if !bareIndicators[c.n] {
		return false
	}
	x := c.x
	ps, cs, ok := c.figurelessClauseBefore()
	if !ok {
		return false
	}
	before := trimRightSet(compact(x.s[ps:cs]), "，,；;")
	for _, j := range momentumWords {
		if t, ok := strings.CutSuffix(before, j); ok {
			if s := x.cleanName(t); runeLen(s) >= 2 {
				c.n = s + c.n
				return true
			}
		}
	}
	return false
}

// bareIndicators name an amount without saying whose.
var bareIndicators = map[string]bool{
	"增加值": true, "营业收入": true, "产值": true, "总产值": true, "利润总额": true, "利润": true,
	"营业额": true, "销售额": true, "零售额": true, "投资": true, "收入": true, "税收": true,
}

// momentumWords judge how a subject is doing, ending a clause that names it
// (小微企业增势良好; 新兴产业保持较快增长).
var momentumWords = byLength([]string{
	"增势良好", "增势强劲", "增势较好", "增势明显", "势头良好", "势头强劲", "发展良好", "发展较快",
	"保持较快增长", "较快增长", "快速增长", "稳步增长", "平稳增长", "持续增长", "持续向好",
	"稳中有升", "稳中向好", "表现亮眼", "表现突出", "支撑有力", "拉动有力",
	// 炼焦、非金属矿制品、机械、化学行业实现两位数增长，分别增长31.7%、…: a
	// growth of ten per cent or more, said before the numbers; the verb
	// before it (实现, 保持) is no part of the subject either
	"两位数增长", "实现两位数增长", "保持两位数增长", "实现较快增长", "实现快速增长", "保持快速增长", "实现稳步增长",
})
