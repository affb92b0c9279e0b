package figure

import "testing"

// 各为 says 分别为: the amounts after it go with the listed subjects in
// order (a 2023 county analysis of 1-11月).
func TestRespectivelyWords(t *testing.T) {
	text := "分地域看,全县限上法人城镇、乡村消费品零售额各为114135.9万元和2067.5万元,分别增长6.2%和2.5%。"
	checkFields(t, []fieldCase{
		{text: text, fig: "114135.9万元", name: "限上法人城镇消费品零售额", kind: Level},
		{text: text, fig: "2067.5万元", name: "限上法人乡村消费品零售额", kind: Level},
		{text: text, fig: "6.2%", name: "限上法人城镇消费品零售额", kind: Growth},
		{text: text, fig: "2.5%", name: "限上法人乡村消费品零售额", kind: Growth},
	})
}

// 依次为 says 分别为 too; 各 with no link verb is one number for each
// listed thing and stays one figure of the list.
func TestRespectivelyOtherWords(t *testing.T) {
	text := "全年城镇、农村居民人均可支配收入依次为33810元和12403元。"
	checkFields(t, []fieldCase{
		{text: text, fig: "33810元", name: "城镇居民人均可支配收入", kind: Level},
		{text: text, fig: "12403元", name: "农村居民人均可支配收入", kind: Level},
	})
}

// A pair of halves between a shared front and tail: each half takes both.
func TestPairedMembers(t *testing.T) {
	for s, want := range map[string][2]string{
		"限上法人城镇、乡村消费品零售额": {"限上法人城镇消费品零售额", "限上法人乡村消费品零售额"},
		"规上工业内资、外资企业增加值":  {"规上工业内资企业增加值", "规上工业外资企业增加值"},
		"限额以上农村、城镇消费品零售额": {"限额以上农村消费品零售额", "限额以上城镇消费品零售额"},
	} {
		got := pairedMembers(s)
		if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
			t.Errorf("pairedMembers(%s) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"城镇、农村居民人均可支配收入", "县城、乡镇", "工业、农业增加值"} {
		if got := pairedMembers(s); got != nil {
			t.Errorf("pairedMembers(%s) = %v, want nil", s, got)
		}
	}
}
