package corpus

import (
	"strings"
	"testing"
)

// A labelled page date dates the page wherever it stands: below a site's
// menu printed one item a line, or at the foot of a news item.
func TestLabelledPageDate(t *testing.T) {
	const body = "1-7月,全县规上工业增加值同比增长3.6%,增速较上半年和1-5月分别提高2.3和4.5个百分点。\n\n"
	menu := strings.Repeat("首页\n", 12) + "当前位置:首页>新闻\n"
	cases := []struct {
		name, text, date string
	}{
		{"below a menu", menu + "旺苍县规上工业增加值增速快速回升\n\n信息来源:县统计局 发布时间:2023-08-24 19:11\n\n" + body, "2023-08-24"},
		{"at the foot", "旺苍县规上工业增加值增速快速回升\n\n" + strings.Repeat(body, 8) + "(撰稿:吴超 审核:谢新丽)\n来源:旺苍县融媒体中心 发布时间:2023-08-24\n", "2023-08-24"},
		{"written in words", menu + "旺苍县规上工业增加值增速快速回升\n发布日期：2023年08月24日\n\n" + body, "2023-08-24"},
		{"a notice's field is no page date", menu + "关于举办培训的通知\n\n报名日期：2023年10月1日至10月8日。\n", ""},
	}
	for _, c := range cases {
		if got := Parse("t.txt", []byte(c.text)).Date.String(); got != c.date {
			t.Errorf("%s: date %q, want %q", c.name, got, c.date)
		}
	}
}

// A news page may print its date at its foot, unlabelled, under the
// editors' names; a date in the item's own last paragraph is an event's,
// and a copyright span is no date.
func TestFooterPageDate(t *testing.T) {
	const body = "1至8月,全县规上工业增加值同比增长6.1%,高于全市1.2个百分点,居全市第3位。\n\n"
	long := "沈丘县主要经济指标运行良好\n\n" + strings.Repeat("今年以来,该县全力以赴拼经济搞建设,坚持以新型工业化为主导。\n\n", 14) + body
	cases := []struct {
		name, text, date string
	}{
		{"at the foot", long + "(编辑:张三 审核:李四)\n沈丘县融媒体中心 2023-09-20\n", "2023-09-20"},
		{"in the prose", long + "据悉,该项目于2023-09-20正式开工建设,计划总投资12亿元,建成后可实现年产值30亿元,带动就业岗位800个。\n", ""},
		{"a copyright span", long + "版权所有 2008-2023 沈丘县人民政府\n", ""},
	}
	for _, c := range cases {
		if got := Parse("t.txt", []byte(c.text)).Date.String(); got != c.date {
			t.Errorf("%s: date %q, want %q", c.name, got, c.date)
		}
	}
}
