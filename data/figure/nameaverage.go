package figure

import "strings"

// averageJudgments open a clause that judges places against the average
// (突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%…): what is left of it
// once the places are read is no name.
var averageJudgments = []string{"高于", "低于", "高出", "低出", "快于", "慢于", "好于", "超过", "不及"}

// wholeScopes open the name of an indicator of all a place's units (全盟县域
// 规模以上工业增加值); one unit's value of it (突泉 193.5%) drops them.
var wholeScopes = []string{"全盟县域", "全市县域", "全省县域", "县域"}

// averageName: a figure named by a judgment against the average is a value
// of the indicator its paragraph is about, said of one unit (兴安盟, n05).
func (c *naming) averageName() bool {
	if !hasPrefixAny(c.n, averageJudgments) || !strings.Contains(c.n, "平均") {
		return false
	}
	c.n = ""
	if g := c.x.indicatorTopicAt(c.q.Start); g != nil {
		c.n, _ = trimPrefixes(g.Name, wholeScopes)
	}
	return true
}
