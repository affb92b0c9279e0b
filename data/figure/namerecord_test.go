package figure

import "testing"

// A record set (创历史新高, 再创新高) is what the text says of a subject, not
// part of its name, and an amount whose clause is only 达到 is the
// subject's whatever its unit (鄂州's trade news, 济宁's, a county's grain).
func TestNamesRecordTopic(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "今年1-10月,我市完成外贸进出口总值创历史新高,达到51.4亿元,同比增长47.1%。", fig: "51.4亿元", name: "外贸进出口总值"},
		{text: "其中,三季度进出口创历史新高,同比增长76.4%,环比增长35.5%。", fig: "76.4%", name: "三季度进出口"},
		{text: "全县粮食总产量再创新高,达到80.78万吨。", fig: "80.78万吨", name: "粮食总产量"},
	})
}
