package figure

import "testing"

// Parts of a counted set of products or classes of goods that say only how
// they moved (m07 杨凌 1-10月, t07 1-8月, a 2023 county analysis).
func TestCountedSetParts(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "1-10月,统计监测的23种工业产品,12种增长,11种下降。", fig: "12种", name: "产量增长的工业产品", kind: Count},
		{text: "1-10月,统计监测的23种工业产品,12种增长,11种下降。", fig: "11种", name: "产量下降的工业产品", kind: Count},
		{text: "分消费类别看,统计监测的19类商品,11类增长,8类下降。", fig: "8类", name: "零售额下降的商品类别", kind: Count},
		{text: "全年重点监测的30种工业产品中,12种增长、5种下降。", fig: "5种", name: "产量下降的工业产品", kind: Count},
		// the parts parted by ；and a rate said of the first
		{text: "重点监控的30种工业产品中锌精粉、锌锭、多晶硅、焦炭等16种产量同比增长,增长面为53%;铜精粉、阳极板、球团等12种产品产量同比下降。",
			fig: "12种", name: "产量同比下降的工业产品", kind: Count},
		{text: "在全省规模以上有产量的111种产品中,64种产品产量同比保持增长,增长面为57.7%。", fig: "64种", name: "产量同比增长的产品", kind: Count},
	})
}
