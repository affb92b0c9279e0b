package figure

import "testing"

// TestTurnInAValueList: a 分别 list that turns from rises to declines
// midway (49.9%和下降9.4%) is still one list, paired in order with the
// places before it (兴安盟, n05, with its local short forms).
func TestTurnInAValueList(t *testing.T) {
	const xam = "从6个旗县市增速看,突泉、扎旗、前旗高于全盟平均水平,同比分别增长193.5%、99.5%、37.6%;乌市、中旗分别增长24.3%、4.8%;阿尔山下降66.5%。\n\n" +
		"1-2月份,全盟县域公共财政预算收入完成7.54亿元,同比下降27.7%。从6个旗县市增速看,前旗、阿尔山、突泉、乌市、中旗高于全盟平均水平,同比分别增长65.3%、52.6%、49.9%和下降9.4%、18.8%;扎旗下降62.8%。\n"
	checkRegions(t, []regionCase{{"兴安盟", xam, [][2]string{
		{"65.3%", "科尔沁右翼前旗"},
		{"52.6%", "阿尔山市"},
		{"49.9%", "突泉县"},
		{"9.4%", "乌兰浩特市"},
		{"18.8%", "科尔沁右翼中旗"},
	}}})
	for _, c := range []struct {
		gap  string
		want bool
	}{{"和下降", true}, {"、减少", true}, {"下降", false}, {"和", false}} {
		if got := turnJoin(c.gap); got != c.want {
			t.Errorf("turnJoin(%q) = %v, want %v", c.gap, got, c.want)
		}
	}
}
