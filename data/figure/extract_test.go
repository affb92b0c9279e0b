package figure

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhibiao/zhibiao/data/corpus"
)

// testdata/sentences.txt pins the extractor on real sentences of the seeds:
// a block starts with "# region period" and the sentence (\n escaped as ⏎),
// then one line per figure: text | value | unit | kind | name | region |
// year (- for none) | rank scope | derived (d) — in the order extracted.
type sentenceCase struct {
	line         int
	region, text string
	period       int
	want         []string
}

func loadSentences(t testing.TB) []sentenceCase {
	f, err := os.Open("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sentenceCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		switch {
		case strings.TrimSpace(l) == "" || strings.HasPrefix(l, "//"):
		case strings.HasPrefix(l, "# "):
			parts := strings.SplitN(l[2:], " ", 3)
			if len(parts) != 3 {
				t.Fatalf("line %d: want # region period sentence", n)
			}
			p, _ := strconv.Atoi(parts[1])
			out = append(out, sentenceCase{line: n, region: parts[0], period: p, text: strings.ReplaceAll(parts[2], "⏎", "\n")})
		default:
			c := &out[len(out)-1]
			c.want = append(c.want, normLine(l))
		}
	}
	return out
}

func normLine(l string) string {
	parts := strings.Split(l, "|")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	for len(parts) < 9 {
		parts = append(parts, "")
	}
	return strings.Join(parts, " | ")
}

func describe(f Figure) string {
	year := "-"
	if f.Year != nil {
		year = strconv.Itoa(*f.Year)
	}
	d := ""
	if f.Derived {
		d = "d"
	}
	text := strings.ReplaceAll(f.Text, "\n", "⏎")
	if f.Derived {
		text = "*"
	}
	return normLine(fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s|%s", text, num(f.Value), f.Unit, f.Kind, f.Name, f.Region, year, f.RankScope, d))
}

func testArticle(text, region string, period int) *corpus.Article {
	a := corpus.Parse("test.txt", []byte(text))
	a.Region, a.Year = region, period
	return a
}

func TestSentences(t *testing.T) {
	for _, c := range loadSentences(t) {
		figs := Extract(testArticle(c.text, c.region, c.period))
		var got []string
		for _, f := range figs {
			got = append(got, describe(f))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("testdata/sentences.txt:%d %q\n got:\n\t%s\nwant:\n\t%s", c.line, c.text,
				strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
		}
	}
}

// TestSeeds checks every figure of every shipped article: spans slice back
// to their text, kinds are known, and nothing is a date or a slogan.
func TestSeeds(t *testing.T) {
	arts, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[Kind]bool{}
	for _, k := range Kinds {
		kinds[k] = true
	}
	for _, a := range arts {
		figs := Extract(a)
		if len(figs) < 20 {
			t.Errorf("%s: only %d figures", a.ID, len(figs))
		}
		last := 0
		for _, f := range figs {
			if string(a.Raw[f.Start:f.End]) != f.Text {
				t.Errorf("%s: span %d:%d is not %q", a.ID, f.Start, f.End, f.Text)
			}
			if f.Start < last {
				t.Errorf("%s: %q out of document order", a.ID, f.Text)
			}
			last = f.Start
			if !kinds[f.Kind] {
				t.Errorf("%s: %q has kind %q", a.ID, f.Text, f.Kind)
			}
			if !f.Derived {
				for _, bad := range []string{"年", "月", "日"} {
					if strings.HasSuffix(f.Text, bad) && f.Kind != Physical {
						t.Errorf("%s: date %q taken as a figure", a.ID, f.Text)
					}
				}
			} else if f.DerivedFrom == "" {
				t.Errorf("%s: derived %v without explanation", a.ID, f)
			}
			if f.Name == "" && !f.Derived {
				t.Logf("%s: %q has no name", a.ID, f.Text)
			}
		}
	}
}

func TestCanonicalName(t *testing.T) {
	for _, c := range [][2]string{
		{"规上工业增加值", "规模以上工业增加值"},
		{"地区生产总值", "地区生产总值增速"},
		{"全社会固定资产投资", "固定资产投资"},
		{"一般公共预算收入", "地方一般公共预算收入"},
		{"粮食总产 (上年)", "粮食总产量"},
		{"粮食总产量 (2007年)", "粮食总产"},
	} {
		if CanonicalName(c[0]) != CanonicalName(c[1]) {
			t.Errorf("CanonicalName(%q) = %q, CanonicalName(%q) = %q", c[0], CanonicalName(c[0]), c[1], CanonicalName(c[1]))
		}
	}
	if CanonicalName("一般公共预算收入") == CanonicalName("固定资产投资") {
		t.Error("different indicators grouped")
	}
}

func FuzzExtract(f *testing.F) {
	for _, c := range []string{
		"2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。",
		"分别比2023年提升1个、0.8个、1.8个百分点。新增49家，总数达520家",
		"已初步谋划项目282个，较2020年增加54个，增幅达23.7%；总投资1098亿元",
		"完成\n投 资 16.4 亿 元 ，占 年 度 投 资 计 划 的\n113.2%。本报讯",
		"7粮食总产达 新认定创新龙 42.4亿斤,同 头企业 10 家, 比增长3.5%, 全省第5\n\n新认定创新龙头企业10家,全省第5。",
	} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := testArticle(s, "马村区", 2024)
		for _, fig := range Extract(a) {
			if fig.Start < 0 || fig.End > len(s) || fig.Start > fig.End || s[fig.Start:fig.End] != fig.Text {
				t.Fatalf("bad span %d:%d for %q", fig.Start, fig.End, fig.Text)
			}
			if utf8.ValidString(s) && (!utf8.ValidString(fig.Text) || !utf8.ValidString(fig.Name)) {
				t.Fatalf("invalid UTF-8 in %q / %q", fig.Text, fig.Name)
			}
		}
	})
}
