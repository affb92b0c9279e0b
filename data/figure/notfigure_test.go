package figure

import (
	"strings"
	"testing"
)

// TestNotFigures pins numbers that are not statistics: ordinals of
// meetings, the parts of a speech, slogans, pages, classifying bounds and
// spans; and the figures written beside them, which stay.
func TestNotFigures(t *testing.T) {
	cases := []notFigureCase{
		{"2月5日，海丰县委召开十届二次全会。", []string{"二次"}, nil},
		{"深圳市龙华区第二届人民代表大会第四次会议在龙华会堂开幕。233名区二届人大代表出席大会。", []string{"四次"}, []string{"233名"}},
		{"顺利完成了县十五届人大四次会议确定的目标任务，全县生产总值增长15%。", []string{"四次"}, []string{"15%"}},
		{"报告分四个部分：一是2010年政府工作回顾；二是2011年工作安排。", []string{"四个"}, nil},
		{"会议分三部分，一是总结工作，二是部署工作。", []string{"三部"}, nil},
		{"海丰县着力在六个方面下功夫，县域经济综合发展力挺进全省第10名。", []string{"六个"}, []string{"第10名"}},
		{"会议要求，打好三大攻坚战，做到两个确保，实现十个全覆盖。", []string{"两个", "十个"}, nil},
		{"东湖日报 2024年03月15日 第 001 版", []string{"第 001"}, nil},
		{"广东连续四年成为唯一一个出生人口超100万的省份。全年出生人口103万人。", []string{"100万"}, []string{"103万人"}},
		{"增速居全国第3位，连续10个季度保持在全国第一方阵。", []string{"10个"}, []string{"第3位"}},
		{"全县新增规上企业10个，实施重点项目三个。", nil, []string{"10个", "三个"}},
		{"与上年同期相比，第一、第三产业增速提高，分别提高1.6个百分点和1.8个百分点。", []string{"第一"}, []string{"1.6个百分点"}},
		{"增速居全省第一、全国第三。", nil, []string{"第一"}},
	}
	checkNotFigures(t, cases)
}

// TestPerMille: rates in ‰ (and 千分之) are shares of a population, even
// when named 自然增长率.
func TestPerMille(t *testing.T) {
	cases := []struct{ text, fig string }{
		{"全年出生人口103万人，出生率8.12‰；死亡人口68万人，死亡率5.36‰；自然增长人口35万人，自然增长率2.76‰。", "2.76‰"},
		{"全年出生人口103万人，出生率8.12‰；死亡人口68万人，死亡率5.36‰。", "8.12‰"},
		{"年末户籍人口55.1万人，人口自然增长率为千分之二点一。", "千分之二点一"},
	}
	for _, c := range cases {
		found := false
		for _, f := range Extract(testArticle(c.text, "", 2023)) {
			if f.Text == c.fig && !f.Derived {
				found = true
				if f.Kind != Share {
					t.Errorf("%q: %s is %s, want share", c.text, c.fig, f.Kind)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %s", c.text, c.fig)
		}
	}
}

// notFigureCase is a sentence, the numbers in it that must not be figures
// and those that must stay figures.
type notFigureCase struct {
	text    string
	not     []string // texts that must not be figures
	figures []string // texts that must stay figures
}

// checkNotFigures extracts each case's sentence and checks both lists.
func checkNotFigures(t *testing.T, cases []notFigureCase) {
	t.Helper()
	for _, c := range cases {
		got := map[string]bool{}
		for _, f := range Extract(testArticle(c.text, "", 0)) {
			got[strings.TrimSpace(f.Text)] = true
		}
		for _, n := range c.not {
			if got[n] {
				t.Errorf("%q: %q is a figure, want none", c.text, n)
			}
		}
		for _, w := range c.figures {
			if !got[w] {
				t.Errorf("%q: %q is not a figure, want one (got %v)", c.text, w, got)
			}
		}
	}
}
