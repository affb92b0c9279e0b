package figure

import (
	"testing"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// A province's analysis of its counties that never names the province but
// names three of its cities and seven of their counties, and says 全省,
// is the province's (陕西 县域经济, 2023, shortened): 全省县域 is 陕西省县域.
func TestUnnamedAncestor(t *testing.T) {
	text := "前三季度，全省县域生产总值占全省地区生产总值的比重为48.6%，占比较上年同期提高0.9个百分点。\n" +
		"分市、县看，9个地市的县域生产总值增速高于上年同期，其中铜川、咸阳、延安3市的县域增速超过全省县域平均水平。83个县（市、区）中，43个增速超过全省县域平均水平，其中，富县、黄陵县、长武县、子长市、彬州市、旬邑县、宜川县7个县（市）实现两位数增长。\n" +
		"前三季度，全省县域固定资产投资同比增长8.0%，高于全省投资增速4.3个百分点。"
	a := corpus.Parse("x.txt", []byte(text))
	Locate(Default().Places, a)
	if a.Region != "陕西省" {
		t.Errorf("region %q, want 陕西省", a.Region)
	}
	for _, f := range Extract(corpus.Parse("x.txt", []byte(text))) {
		if (f.Text == "48.6%" || f.Text == "8.0%") && f.Region != "陕西省县域" {
			t.Errorf("%s: region %q, want 陕西省县域", f.Text, f.Region)
		}
	}
}
