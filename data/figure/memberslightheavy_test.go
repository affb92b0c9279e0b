package figure

import "testing"

// Light and heavy industry listed by their first characters share what
// is before and after (c06 银川 一季度 news).
func TestLightHeavyIndustry(t *testing.T) {
	text := "分轻重工业看,规模以上轻、重工业同比分别增长为24.5%和14.0%。"
	checkFields(t, []fieldCase{
		{text: text, fig: "24.5%", name: "规模以上轻工业", kind: Growth},
		{text: text, fig: "14.0%", name: "规模以上重工业", kind: Growth},
	})
}
