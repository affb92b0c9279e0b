package figure

import "testing"

// A list written label-before-number whose next label has a note in
// brackets (密云县 2011 bulletin): each count keeps its own label.
func TestNextItemLabelWithNote(t *testing.T) {
	text := "年末全县共有卫生机构672个,比上年末减少6个,其中医院5个、社区卫生服务中心(站)46个、专科疾病防治院(所、站)2个。"
	checkFields(t, []fieldCase{
		{text: text, fig: "5个", name: "医院", kind: Count},
		{text: text, fig: "46个", name: "社区卫生服务中心", kind: Count},
	})
}
