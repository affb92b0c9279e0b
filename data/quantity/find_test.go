package quantity

import (
	"testing"
	"unicode/utf8"
)

// Sentences from the seeds and the issue, with every quantity a reader sees.
var findCases = []struct {
	in   string
	want []want
}{
	{"2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。", []want{
		{"2024年", 2024, "年", 2024, "年", Date, ""},
		{"5.0%", 5, "%", 5, "%", Percent, ""},
		{"2023年", 2023, "年", 2023, "年", Date, ""},
		{"1.2个百分点", 1.2, "个百分点", 1.2, "pp", PPChange, ""},
	}},
	{"全县生产总值实现131487万元，同比增长15℅；人口自然增长率3.2‰。", []want{
		{"131487万元", 131487, "万元", 1314870000, "元", Level, ""},
		{"15℅", 15, "℅", 15, "%", Percent, ""},
		{"3.2‰", 3.2, "‰", 0.32, "%", Percent, ""},
	}},
	{"全年人口出生率11.6‰，比上年低0.4个千分点。", []want{
		{"11.6‰", 11.6, "‰", 1.16, "%", Percent, ""},
		{"0.4个千分点", 0.4, "个千分点", 0.04, "pp", PPChange, ""},
	}},
	{"分别比2023年提升1个、0.8个、1.8个百分点。", []want{
		{"2023年", 2023, "年", 2023, "年", Date, ""},
		{"1个", 1, "个百分点", 1, "pp", PPChange, ""},
		{"0.8个", 0.8, "个百分点", 0.8, "pp", PPChange, ""},
		{"1.8个百分点", 1.8, "个百分点", 1.8, "pp", PPChange, ""},
	}},
	{"24个省、市重点项目完成投资121.7亿元、占年度计划的131%。", []want{
		{"24个", 24, "个", 24, "个", Count, ""},
		{"121.7亿元", 121.7, "亿元", 12170000000, "元", Level, ""},
		{"131%", 131, "%", 131, "%", Percent, ""},
	}},
	{"规上工业增加值增长7.5%，排名城区第二；", []want{
		{"7.5%", 7.5, "%", 7.5, "%", Percent, ""},
		{"第二", 2, "第", 2, "rank", Rank, ""},
	}},
	{"全区市场主体突破8500户，全区粮食种植培养面积超10万亩，总产量7.1万吨", []want{
		{"8500户", 8500, "户", 8500, "户", Count, "突破"},
		{"10万亩", 10, "万亩", 100000, "亩", Physical, "超"},
		{"7.1万吨", 7.1, "万吨", 71000000, "公斤", Physical, ""},
	}},
	{"培训党员群众5600余人次，惠及群众4.6万人次", []want{
		{"5600余人次", 5600, "人次", 5600, "人次", Count, "余"},
		{"4.6万人次", 4.6, "万人次", 46000, "人次", Count, ""},
	}},
	{"全年共开展培训30场次，抽检12批次", []want{
		{"30场次", 30, "场次", 30, "场次", Count, ""},
		{"12批次", 12, "批次", 12, "批次", Count, ""},
	}},
	// OCR damage: blanks and line breaks inside a figure
	{"完成\n投 资 16.4 亿 元 ，占 年 度 投 资 计 划 的\n113.2%。", []want{
		{"16.4 亿 元", 16.4, "亿元", 1640000000, "元", Level, ""},
		{"113.2%", 113.2, "%", 113.2, "%", Percent, ""},
	}},
	{"新建改造城市道路15\n条、整治背街小巷37条", []want{
		{"15\n条", 15, "条", 15, "条", Count, ""},
		{"37条", 37, "条", 37, "条", Count, ""},
	}},
	{"实际使用外资4127万美 元,全省第2", []want{
		{"4127万美 元", 4127, "万美元", 41270000, "美元", Level, ""},
		{"第2", 2, "第", 2, "rank", Rank, ""},
	}},
	{"拉动消费近21亿元。中铝中州营收突破 百亿元大关", []want{
		{"21亿元", 21, "亿元", 2100000000, "元", Level, "近"},
		{"百亿元", 100, "亿元", 10000000000, "元", Level, "突破"},
	}},
	// Chinese, full-width and mixed numerals
	{"两千三百万元，一百零五个，３．５％，百分之五，1.2万，3千人，三倍", []want{
		{"两千三百万元", 2300, "万元", 23000000, "元", Level, ""},
		{"一百零五个", 105, "个", 105, "个", Count, ""},
		{"３．５％", 3.5, "％", 3.5, "%", Percent, ""},
		{"百分之五", 5, "百分之", 5, "%", Percent, ""},
		{"1.2万", 1.2, "万", 12000, "", Number, ""},
		{"3千人", 3000, "人", 3000, "人", Count, ""},
		{"三倍", 3, "倍", 3, "倍", Multiple, ""},
	}},
	{"居全市第一位，获县(市)组第一名，第二十", []want{
		{"第一位", 1, "第", 1, "rank", Rank, ""},
		{"第一名", 1, "第", 1, "rank", Rank, ""},
		{"第二十", 20, "第", 20, "rank", Rank, ""},
	}},
	{"获批“国家科技助力2020经济发展”的项目,1,266户", []want{
		{"1,266户", 1266, "户", 1266, "户", Count, ""},
	}},
	// not quantities: slogans, markers, names, phone numbers, codes
	{"加快建设“一区两城三基地”，强力推进“三十工程”，深入实施“345”创新行动，“3+13+N”产业链群", nil},
	{"一是迅速果断处置首例输入性病例，二是项目建设取得重大进展", nil},
	{"第一产业、第一方阵、十四五、二十大、进一步、统一、九里山、千业水泥、万方铝业", nil},
	{"■新闻热线:8797000 | 千业水泥入选国家5G工厂名录，维生素B2", nil},
	{"咨询电话0391-3568000，订单号A202107211321363588510367", nil},
	{"茁成农庄成功创建国家AAA级旅游景区，实现零的突破", nil},
	{"引进两三个项目，五六百人参加，一二三产融合", nil},
}

type want struct {
	text      string
	value     float64
	unit      string
	norm      float64
	normUnit  string
	kind      Kind
	qualifier string
}

func TestFind(t *testing.T) {
	checkFind(t, findCases)
}

func checkFind(t *testing.T, cases []struct {
	in   string
	want []want
}) {
	t.Helper()
	for _, c := range cases {
		got := Find(c.in)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d quantities %v, want %d", c.in, len(got), texts(got), len(c.want))
			continue
		}
		for i, w := range c.want {
			g := got[i]
			if g.Text != w.text || g.Value != w.value || g.Unit != w.unit || g.NormValue != w.norm ||
				g.NormUnit != w.normUnit || g.Kind != w.kind || g.Qualifier != w.qualifier {
				t.Errorf("%q #%d:\n got %q %v %q %v %q %s %q\nwant %q %v %q %v %q %s %q", c.in, i,
					g.Text, g.Value, g.Unit, g.NormValue, g.NormUnit, g.Kind, g.Qualifier,
					w.text, w.value, w.unit, w.norm, w.normUnit, w.kind, w.qualifier)
			}
			if c.in[g.Start:g.End] != g.Text {
				t.Errorf("%q: span %d:%d is %q, text %q", c.in, g.Start, g.End, c.in[g.Start:g.End], g.Text)
			}
		}
	}
}

func texts(qs []Quantity) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return out
}

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.in)
	}
	f.Add("0000020000\xb9.00000000000000000000000000000000")
	f.Add("１９９１年１月１６日晚巴黎时间２０点 -1.1^--23 2^-1 百 分 之 一 百二 十点 五 十 余 万 3又一千分之23")
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		for _, q := range Find(s) {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End {
				t.Fatalf("span %d:%d out of %d", q.Start, q.End, len(s))
			}
			if s[q.Start:q.End] != q.Text {
				t.Fatalf("span %d:%d is %q, text %q", q.Start, q.End, s[q.Start:q.End], q.Text)
			}
			if utf8.ValidString(s) && !utf8.ValidString(q.Text) {
				t.Fatalf("text %q is not UTF-8", q.Text)
			}
			if q.Start < last {
				t.Fatalf("quantities out of order at %d", q.Start)
			}
			last = q.Start
		}
	})
}

func TestDateRanges(t *testing.T) {
	for in, want := range map[string]string{"1-11月，": "1 月 date", "2020-2025年": "2020 年 date", "3~5年": "3 年 duration"} {
		qs := Find(in)
		if len(qs) != 2 {
			t.Errorf("%q: %d quantities", in, len(qs))
			continue
		}
		if got := qs[0].Text + " " + qs[0].Unit + " " + string(qs[0].Kind); got != want {
			t.Errorf("%q: got %s, want %s", in, got, want)
		}
	}
}
