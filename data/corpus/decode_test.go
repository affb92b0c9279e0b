package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sample = "2024年，全年地区生产总值增长5.0%，高于2023年1.2个百分点。\n"

func TestDecodeEncodings(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(sample)
	gb18030, _ := simplifiedchinese.GB18030.NewEncoder().String(sample)
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(sample)
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(sample)
	for name, in := range map[string]string{
		"utf8": sample, "utf8-bom": "\xef\xbb\xbf" + sample, "gbk": gbk, "gb18030": gb18030,
		"utf16le": u16le, "utf16be": u16be,
	} {
		out, err := Decode([]byte(in))
		if err != nil || string(out) != sample {
			t.Errorf("%s: got %q, %v", name, out, err)
		}
	}
}

func TestDecodeRejectsBinary(t *testing.T) {
	if _, err := Decode([]byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13}); !errors.Is(err, ErrBinary) {
		t.Errorf("PNG bytes: got %v, want ErrBinary", err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("马村区经济报告\n\n" + sample)
	p := filepath.Join(dir, "报告.txt")
	if err := os.WriteFile(p, []byte(gbk), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "报告.txt" || a.Title != "马村区经济报告" || a.Region != "马村区" || !strings.Contains(a.Text(), "增长5.0%") {
		t.Errorf("got id %q title %q region %q", a.ID, a.Title, a.Region)
	}
	if _, err := Load(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: error %v should name it", err)
	}
	if _, err := Load(dir); err == nil {
		t.Error("a folder loaded as an article")
	}
}

func TestLoadHTML(t *testing.T) {
	p := filepath.Join(t.TempDir(), "page.html")
	html := `<html><head><title>示范区经济运行</title><style>p{}</style></head><body><h1>示范区经济运行</h1><p>签约引进各类项目102个，总投资350亿元。</p><script>var x=1;</script></body></html>`
	if err := os.WriteFile(p, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "示范区经济运行" || strings.Contains(a.Text(), "<p>") || strings.Contains(a.Text(), "var x") {
		t.Errorf("got title %q text %q", a.Title, a.Text())
	}
}
