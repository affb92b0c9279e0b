package figure

import "testing"

// A part of a herd under 其中 is counted as the whole is (a 2022 county
// bulletin; s07 writes 其中能繁殖母猪存栏 in full).
func TestPartOfStock(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "年末生猪存栏28.4万头,其中能繁母猪2.9万头。", fig: "2.9万头", name: "能繁母猪存栏", kind: Count},
		{text: "6月末,生猪存栏5.57万头,增长70.6%,其中能繁殖母猪存栏0.50万头,下降5.5%。", fig: "0.50万头", name: "能繁殖母猪存栏", kind: Count},
	})
}
