package corpus

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestStripHTML(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"comment with a >", `<p>全年地区生产总值<!-- 旧稿: 增长>4.8% -->增长5.0%。</p>`, "全年地区生产总值增长5.0%。"},
		{"table cells", `<table><tr><th>指标</th><th>2023年</th><th>2024年</th></tr><tr><td>地区生产总值(亿元)</td><td>121.7</td><td>128.3</td></tr></table>`,
			"指标\t2023年\t2024年\n\n地区生产总值(亿元)\t121.7\t128.3"},
		{"entities and scripts", `<title>马村区经济运行</title><script>if (a<b) {}</script><p>一般公共预算收入&nbsp;8.6亿元&amp;增长3%</p>`,
			"马村区经济运行\n\n一般公共预算收入\u00a08.6亿元&增长3%"},
		{"blocks", `<h1>焦作市</h1><div>规上工业增加值增长7.5%<br>社会消费品零售总额增长6%</div>`,
			"焦作市\n\n规上工业增加值增长7.5%\n\n社会消费品零售总额增长6%"},
	} {
		if got := string(StripHTML([]byte(c.page))); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestTableCellsApart: two numbers in neighbouring cells stay two figures.
func TestTableCellsApart(t *testing.T) {
	text, _, err := FileText("表.html", []byte(`<table><tr><td>121.7</td><td>128.3</td></tr></table>`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(text), "121.7128.3") {
		t.Errorf("cells run together: %q", text)
	}
}

const page = `<html><head><meta charset="%s"><title>示范区经济运行</title></head><body><p>签约引进各类项目102个，总投资350亿元。</p></body></html>`

func TestHTMLDeclaredCharset(t *testing.T) {
	body := "示范区经济运行\n\n签约引进各类项目102个，总投资350亿元。"
	for _, c := range []struct {
		label string
		enc   func(string) (string, error)
	}{
		{"gbk", simplifiedchinese.GBK.NewEncoder().String},
		{"gb2312", simplifiedchinese.GBK.NewEncoder().String},
		{"GB18030", simplifiedchinese.GB18030.NewEncoder().String},
		{"big5", traditionalchinese.Big5.NewEncoder().String},
		{"utf-8", func(s string) (string, error) { return s, nil }},
	} {
		want := body
		if c.label == "big5" {
			want = "示範區經濟運行\n\n簽約引進各類項目102個，總投資350億元。"
		}
		src := strings.Replace(page, "%s", c.label, 1)
		if c.label == "big5" {
			src = strings.NewReplacer("示范区经济运行", "示範區經濟運行", "签约引进各类项目102个，总投资350亿元", "簽約引進各類項目102個，總投資350億元").Replace(src)
		}
		raw, err := c.enc(src)
		if err != nil {
			t.Fatal(err)
		}
		text, bad, err := FileText("page.html", []byte(raw))
		if err != nil || bad != 0 || string(text) != want {
			t.Errorf("%s: got %q, %d bad, %v", c.label, text, bad, err)
		}
	}
	// http-equiv, as older pages declare it
	raw, _ := simplifiedchinese.GBK.NewEncoder().String(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>增长5.0%</p>`)
	if text, _, err := FileText("old.htm", []byte(raw)); err != nil || string(text) != "增长5.0%" {
		t.Errorf("http-equiv gb2312: got %q, %v", text, err)
	}
	sjis, _ := japanese.ShiftJIS.NewEncoder().String(`<meta charset="shift_jis"><p>東京都の人口</p>`)
	if _, _, err := FileText("jp.html", []byte(sjis)); !errors.Is(err, ErrJapanese) {
		t.Errorf("a Shift-JIS page: %v, want ErrJapanese", err)
	}
}

// traditional is a passage of a Hong Kong or Taiwan style report.
const traditional = "二〇二三年，全市地區生產總值增長百分之五點二，社會消費品零售總額增長百分之七點一，" +
	"一般公共預算收入完成八點六億元，居民人均可支配收入增長百分之六。\n"

func TestDecodeBig5(t *testing.T) {
	big5, err := traditionalchinese.Big5.NewEncoder().String(traditional)
	if err != nil {
		t.Fatal(err)
	}
	out, bad, err := DecodeCounting([]byte(big5))
	if err != nil || bad != 0 || string(out) != traditional {
		t.Errorf("Big5: got %q, %d bad, %v", out, bad, err)
	}
	// and GBK stays GBK, simplified or traditional
	for _, s := range []string{sample, strings.Repeat(sample, 50), traditional} {
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		if out, _, err := DecodeCounting([]byte(gbk)); err != nil || string(out) != s {
			t.Errorf("GBK of %.20q: got %.40q, %v", s, out, err)
		}
	}
}

func TestDecodeRefusesJapanese(t *testing.T) {
	const text = "東京都の令和五年度の都内総生産は、前年度比で二・五パーセント増加しました。\n"
	for name, enc := range map[string]func(string) (string, error){
		"shift-jis": japanese.ShiftJIS.NewEncoder().String,
		"euc-jp":    japanese.EUCJP.NewEncoder().String,
	} {
		b, err := enc(text)
		if err != nil {
			t.Fatal(err)
		}
		_, _, err = DecodeCounting([]byte(b))
		if !errors.Is(err, ErrJapanese) {
			t.Errorf("%s: %v, want ErrJapanese", name, err)
		}
	}
}
