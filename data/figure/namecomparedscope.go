package figure

// A value written in brackets after the place it is of (比全省(7.7%)和全国平
// 均水平(7.0%)分别高0.7、1.4个百分点) is the indicator's value there: the
// words before it name the place compared with, not the indicator, which is
// the figure before's.

// comparedScopes are words that name only a place or level compared with.
var comparedScopes = []string{"平均水平", "全国平均水平", "全省平均水平", "全市平均水平", "全国平均", "全省平均", "全市平均", "平均"}

// comparedScopeName: see comparedScopes.
func (c *naming) comparedScopeName() bool {
	if !isAny(c.n, comparedScopes) || c.f.Kind != Growth && c.f.Kind != PPChange && c.f.Kind != Share {
		return false
	}
	p := c.x.figureBefore(c.q.Start)
	if p == nil || p.Name == "" || isAny(p.Name, comparedScopes) {
		return false
	}
	c.n = p.Name
	return true
}
