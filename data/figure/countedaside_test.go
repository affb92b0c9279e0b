package figure

import "testing"

// An alternative in brackets inside a counted noun does not end it.
func TestCountedNounAside(t *testing.T) {
	checkFields(t, []fieldCase{
		{text: "全县建成16个乡镇(街道)综合文化站。", fig: "16个", name: "建成乡镇综合文化站"},
		{text: "示范区召开党工委(扩大)会议两次。", fig: "两次", name: "召开党工委会议"},
		// a bracket at the noun's end, or listing levels, is left
		{text: "全县共有12个村(社区)，完成改造。", fig: "12个", name: "村"},
	})
}
