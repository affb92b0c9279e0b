package quantity

import "testing"

// 把稳就业放在首位 (a work report's 民生 section) puts a task first: no rank;
// 位居全市首位 is one.
func TestFirstAsPriority(t *testing.T) {
	for _, s := range []string{"坚持把稳就业放在首位,", "始终把群众利益摆在首位。"} {
		if qs := Find(s); len(qs) != 0 {
			t.Errorf("%s: got %+v, want no quantity", s, qs)
		}
	}
	if qs := Find("经济总量位居全市首位。"); len(qs) != 1 || qs[0].Kind != Rank {
		t.Errorf("位居全市首位: got %+v, want one rank", qs)
	}
}

// 二次供水 is a kind of water supply (二次供水泵站15座), not a second time.
func TestSecondarySupply(t *testing.T) {
	qs := Find("二次供水泵站15座、供水供热管网76.4千米。")
	if len(qs) != 2 || qs[0].Text != "15座" {
		t.Errorf("got %+v, want 15座 and 76.4千米", qs)
	}
}
