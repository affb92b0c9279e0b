package figure

import "strings"

// contributionDe: the 的 at k joins 对…增长 to 贡献率 (消费对经济增长的贡献
// 率由去年的40%…): the part and what it contributes to are the name's, as
// in 对经济增长的贡献率 everywhere.
func contributionDe(s string, k int) bool {
	return strings.HasPrefix(s[k+len("的"):], "贡献") && strings.Contains(s[:k], "对")
}

// contributionOfPull: 消费拉动经济增长3.1个百分点，贡献率达到58.6% — a bare
// 贡献率 after a part's pull is the part's contribution to that growth.
func (c *naming) contributionOfPull() bool {
	p := c.prev
	if c.f.Kind != Share || c.n != "贡献率" || p == nil || p.Kind != PPChange {
		return false
	}
	k := strings.Index(p.Name, "拉动")
	if k <= 0 {
		return false
	}
	owner, target := p.Name[:k], strings.TrimSuffix(p.Name[k+len("拉动"):], "增长")
	if target == "" {
		c.n = owner + "贡献率"
		return true
	}
	c.n = owner + "对" + target + "增长的贡献率"
	return true
}
