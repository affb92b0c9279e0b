package gazetteer

import "testing"

// A village or community sharing a county's short form (永兴村 in 利辛's
// 永兴镇, 兴隆社区) is not the county; 宿松村镇银行 is 宿松's bank.
func TestVillageNotCounty(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"永兴村集体经济收入达到52万元",
		"兴隆社区新建养老服务中心1个",
	} {
		for _, m := range g.Find(s) {
			t.Errorf("%s: village read as a county: %+v", s, m)
		}
	}
	for _, s := range []string{"宿松村镇银行各项贷款余额25亿元", "宿松村级光伏电站年发电量1200万千瓦时"} {
		ms := g.Find(s)
		if len(ms) != 1 || ms[0].Text != "宿松" {
			t.Errorf("%s: want 宿松 read, got %+v", s, ms)
		}
	}
}
