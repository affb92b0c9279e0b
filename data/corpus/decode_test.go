package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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
	if a.ID != "报告.txt" || a.Title != "马村区经济报告" || !strings.Contains(a.Text(), "增长5.0%") {
		t.Errorf("got id %q title %q", a.ID, a.Title) // the region is the gazetteer's to tell (figure.Locate)
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

// TestDecodeUTF16NoBOM: UTF-16 without a byte-order mark, as some Windows
// tools write it, is read by where its zero bytes fall.
func TestDecodeUTF16NoBOM(t *testing.T) {
	for name, e := range map[string]unicode.Endianness{"le": unicode.LittleEndian, "be": unicode.BigEndian} {
		in, _ := unicode.UTF16(e, unicode.IgnoreBOM).NewEncoder().String(sample)
		out, bad, err := DecodeCounting([]byte(in))
		if err != nil || bad != 0 || string(out) != sample {
			t.Errorf("%s: got %q, %d bad, %v", name, out, bad, err)
		}
	}
}

// TestDecodeBadBytes: a few bad bytes in a long text become U+FFFD and
// are counted; a text of many is still refused.
func TestDecodeBadBytes(t *testing.T) {
	long := strings.Repeat(sample, 2000)
	in := []byte(long[:len(long)/2] + "\xff" + long[len(long)/2:])
	out, bad, err := DecodeCounting(in)
	if err != nil || bad != 1 || !strings.Contains(string(out), "\uFFFD") || len(out) != len(long)+3 {
		t.Errorf("one bad byte in %d: %d bad, %v", len(long), bad, err)
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(long)
	in = []byte(gbk[:len(gbk)/2] + "\xff\xff" + gbk[len(gbk)/2:])
	if out, bad, err := DecodeCounting(in); err != nil || bad == 0 || !strings.Contains(string(out), "地区生产总值") {
		t.Errorf("GBK with a bad byte: %d bad, %v", bad, err)
	}
	if _, _, err := DecodeCounting([]byte(strings.Repeat("\xff\xfe\xfd abc", 100)[2:])); !errors.Is(err, ErrBinary) {
		t.Errorf("mostly bad bytes: %v, want ErrBinary", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(sample))
	f.Add([]byte("\xff\xfe5\x00%\x00"))
	f.Add([]byte("5\x00%\x00\n\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, bad, err := DecodeCounting(b)
		if err != nil {
			return
		}
		if !utf8.Valid(out) || bad < 0 {
			t.Fatalf("%q decoded to invalid UTF-8 %q", b, out)
		}
	})
}

func TestLoadSpecialFiles(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	link := filepath.Join(t.TempDir(), "zero.txt")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/dev/zero", link} {
		if _, err := Load(p); err == nil || !strings.Contains(err.Error(), "device") {
			t.Errorf("%s: %v, want a device refused", p, err)
		}
	}
}

func TestLoadCountsReplaced(t *testing.T) {
	p := filepath.Join(t.TempDir(), "报告.txt")
	long := strings.Repeat(sample, 2000)
	if err := os.WriteFile(p, []byte("报告\n\n"+long+"\xff"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := Load(p)
	if err != nil || a.Replaced != 1 {
		t.Fatalf("%v, replaced %d", err, a.Replaced)
	}
}

// A zero byte on an even offset alone is no reason to read bytes as UTF-16.
func TestBinaryWithOneZeroIsNotUTF16(t *testing.T) {
	for _, b := range []string{"\x00\x01binary", "\x00\x02\x03\x04ab"} {
		if _, err := Decode([]byte(b)); err != ErrBinary {
			t.Errorf("Decode(%q) = %v, want ErrBinary", b, err)
		}
	}
}

// TestDecodeShortDamagedUTF8: a short news item pasted from a web page
// with stray bytes in three places (one a character cut after two of its
// three bytes) is read as UTF-8 with four U+FFFD, not refused as binary; a short GBK text, whose Chinese
// hardly decodes as UTF-8, is still read as GBK.
func TestDecodeShortDamagedUTF8(t *testing.T) {
	news := "本报讯 今年1至8月，全县规模以上工业增加值同比增长8.2%，固定资产投资同比增长10.5%，社会消费品零售总额达到45.6亿元。"
	text := strings.Repeat(news, 8)
	in := []byte(text[:90] + "\x85" + text[90:300] + "\xe5\x9b" + text[300:600] + "\xff" + text[600:])
	out, bad, err := DecodeCounting(in)
	if err != nil || bad != 4 || !strings.Contains(string(out), "社会消费品零售总额") {
		t.Fatalf("four stray bytes in %d: %d bad, %v", len(text), bad, err)
	}
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("2023年GDP增长5%")
	if out, _, err := DecodeCounting([]byte(gbk)); err != nil || string(out) != "2023年GDP增长5%" {
		t.Errorf("short GBK: %q, %v", out, err)
	}
}
