package figure

// Enterprise accounts after the first of them (规模以上工业企业实现营业收入
// 152.3亿元…；实现利润总额9.8亿元): written bare, each is the same
// enterprises' (规模以上工业企业利润总额).

// accountHeads are the accounts written bare after their enterprises' first.
var accountHeads = []string{"利润总额", "利润", "利税总额", "利税", "营业成本", "税金总额", "应交增值税"}

// accountOfPrevious: see accountHeads.
func (c *naming) accountOfPrevious() bool {
	p := c.prev
	if p == nil || !isAny(c.n, accountHeads) || p.Kind != Level && p.Kind != Growth {
		return false
	}
	owner, head := trimSuffixes(p.Name, subjectHeads)
	if head == "" || runeLen(owner) < 2 {
		return false
	}
	gap := compact(c.x.s[p.End:c.q.Start])
	if !hasPrefixAny(gap, []string{"、", "，", ",", "；", ";"}) || runeLen(gap) > runeLen(c.n)+6 {
		return false
	}
	c.n = owner + c.n
	return true
}
