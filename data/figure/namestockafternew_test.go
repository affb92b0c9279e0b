package figure

import "testing"

// A count that says what the new ones brought the whole to is the whole's
// stock (济宁 县域 2023 news: 其中，邹城新增19家，达252家), named without 新增.
func TestStockAfterNew(t *testing.T) {
	const jining = "截至今年上半年,全市县域规模以上工业企业个数达到1728家,比年初增加了65家。其中,邹城新增19家,达252家,居全市县域之首。"
	checkFields(t, []fieldCase{
		{text: jining, fig: "252家", name: "县域规模以上工业企业个数", kind: Count},
		{text: jining, fig: "19家", name: "新增", kind: Count},
		{text: "全年新增高新技术企业15家,达到62家。", fig: "62家", name: "高新技术企业总数", kind: Count},
		{text: "全年新增高新技术企业15家,科技型中小企业40家。", fig: "40家", name: "科技型中小企业", kind: Count},
	})
}
