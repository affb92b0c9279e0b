package segment

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-ego/gse"
	"github.com/zhibiao/zhibiao/seeds"

	"github.com/zhibiao/zhibiao/data/cputime"
)

// The embedded dictionary is loaded once for all tests; loading it reads no
// file, so these tests pass with the module cache out of reach:
// go test -trimpath ./data/segment.
var (
	dictOnce sync.Once
	testDict *Dict
)

func embedded(t testing.TB) *Dict {
	t.Helper()
	dictOnce.Do(func() {
		d, err := LoadEmbedded()
		if err != nil {
			t.Fatalf("LoadEmbedded: %v", err)
		}
		testDict = d
	})
	if testDict == nil {
		t.Fatal("embedded dictionary failed to load")
	}
	return testDict
}

func seedTexts(t testing.TB) map[string]string {
	t.Helper()
	names, err := fs.Glob(seeds.FS, "*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	out := map[string]string{}
	for _, n := range names {
		b, err := fs.ReadFile(seeds.FS, n)
		if err != nil {
			t.Fatal(err)
		}
		out[n] = string(b)
	}
	return out
}

func words(toks []Token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Text
	}
	return strings.Join(ws, "/")
}

func TestCutSeedSentences(t *testing.T) {
	d := embedded(t)
	tests := []struct{ in, want string }{
		// 000: the year in figures.
		{"2024年,全年地区生产总值增长5.0%,高于2023年1.2个百分点。",
			"2024/年/,/全年/地区生产总值/增长/5/./0/%/,/高于/2023/年/1/./2/个/百分点/。"},
		// 001: the base the district builds.
		{"积极打造高端材料和生物医药基地、综合枢纽和现代物流基地",
			"积极/打造/高端/材料/和/生物医药/基地/、/综合/枢纽/和/现代/物流/基地"},
		{"规上工业增加值增长7.5%", "规上工业/增加值/增长/7/./5/%"},
		// 002: 2020 in review; a number split by a space.
		{"减免各类税费1.77亿元,在最短时间内实现了重点行业领域全部复工复产。",
			"减免/各类/税费/1/./77/亿元/,/在/最/短时间/内/实现/了/重点/行业/领域/全部/复工复产/。"},
		{"18 个贫困村全部摘帽,1702 户6474人建档立卡农村贫困人口脱贫。",
			"18/ /个/贫困村/全部/摘帽/,/1702/ /户/6474/人/建档立卡/农村/贫困人口/脱贫/。"},
		// 003: the work report.
		{"一般公共预算收入完成8.6亿元", "一般公共预算收入/完成/8/./6/亿元"},
		// 004: a meeting.
		{"示范区召开党工委(扩大)会议", "示范区/召开/党工委/(/扩大/)/会议"},
		{"Ｇ20与GDP", "Ｇ/20/与/GDP"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := words(d.Cut(tt.in)); got != tt.want {
			t.Errorf("Cut(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// Every byte of a text belongs to one token, in order, and each token's
// text is the bytes of its span: offsets index the original bytes.
func TestCutSpansCoverText(t *testing.T) {
	d := embedded(t)
	for name, text := range seedTexts(t) {
		toks := d.Cut(text)
		at := 0
		for _, tk := range toks {
			if tk.Start != at || tk.End <= tk.Start || text[tk.Start:tk.End] != tk.Text {
				t.Fatalf("%s: token %+v at %d", name, tk, at)
			}
			at = tk.End
		}
		if at != len(text) {
			t.Errorf("%s: tokens end at %d of %d", name, at, len(text))
		}
	}
}

// Cut builds a gse dictionary of only the words a text contains. It must
// give exactly what gse gives with the whole word list loaded, here the same
// list fed to gse's own LoadDictStr.
func TestCutMatchesGse(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's full trie: 2 s, 130 MB")
	}
	d, err := loadEmbedded(nil)
	if err != nil {
		t.Fatal(err)
	}
	var lines strings.Builder
	for i := 0; i < d.Len(); i++ {
		if d.freq[i] > 0 {
			lines.WriteString(d.word(i) + " " + itoa(int(d.freq[i])) + "\n")
		}
	}
	var full gse.Segmenter
	full.NotLoadHMM, full.SkipLog = true, true
	if err := full.LoadDictStr(lines.String()); err != nil {
		t.Fatal(err)
	}
	if full.Dict.TotalFreq() != d.TotalFreq() {
		t.Fatalf("total frequency: gse %v, ours %v", full.Dict.TotalFreq(), d.TotalFreq())
	}
	texts := seedTexts(t)
	texts["mixed"] = "ABC公司CEO在4S店说:iPhone15和Ｇ２０的GDP增长5.0%。"
	for name, text := range texts {
		var want []string
		for _, s := range full.Segment([]byte(text)) {
			want = append(want, text[s.Start():s.End()])
		}
		if got := words(d.Cut(text)); got != strings.Join(want, "/") {
			t.Errorf("%s: differs from gse\n got %.300s\nwant %.300s", name, got, strings.Join(want, "/"))
		}
	}
}

// The embedded table is gse's own data: gse loading its s_1.txt from the
// module cache (only there at development time; skipped elsewhere) cuts the
// seeds as Cut does, with the same total frequency.
func TestEmbeddedTableIsGseData(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's full trie: 2 s, 130 MB")
	}
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		t.Skipf("gse's source is not at hand: %v", err)
	}
	raw, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		t.Skipf("gse's data is not at hand: %v", err)
	}
	var full gse.Segmenter
	full.NotLoadHMM, full.SkipLog = true, true
	if err := full.LoadDictStr(string(raw)); err != nil {
		t.Fatal(err)
	}
	d, err := loadEmbedded(nil)
	if err != nil {
		t.Fatal(err)
	}
	if full.Dict.TotalFreq() != d.TotalFreq() || full.Dict.NumTokens() != countWords(d) {
		t.Fatalf("gse: %v over %d words; embedded: %v over %d", full.Dict.TotalFreq(), full.Dict.NumTokens(), d.TotalFreq(), countWords(d))
	}
	for name, text := range seedTexts(t) {
		var want []string
		for _, s := range full.Segment([]byte(text)) {
			want = append(want, text[s.Start():s.End()])
		}
		if got := words(d.Cut(text)); got != strings.Join(want, "/") {
			t.Errorf("%s: differs from gse's own dictionary", name)
		}
	}
}

func countWords(d *Dict) int {
	n := 0
	d.Each(func(string, float64) { n++ })
	return n
}

func TestCutAllMatchesCut(t *testing.T) {
	d := embedded(t)
	for name, text := range seedTexts(t) {
		parts := strings.Split(text, "\n")
		parts = append(parts, "", "末尾")
		all := d.CutAll(parts)
		for i, p := range parts {
			if got, want := words(all[i]), words(d.Cut(p)); got != want {
				t.Fatalf("%s part %d: CutAll %s, Cut %s", name, i, got, want)
			}
		}
	}
	if got := d.CutAll(nil); len(got) != 0 {
		t.Errorf("CutAll(nil) = %v", got)
	}
	// Across batches: more text than one batch holds.
	para := "积极打造高端材料和生物医药基地,综合枢纽和现代物流基地。"
	var many []string
	for n := 0; n < 3*cutBatch; n += len(para) {
		many = append(many, para)
	}
	want := words(d.Cut(para))
	for i, toks := range d.CutAll(many) {
		if got := words(toks); got != want {
			t.Fatalf("paragraph %d of %d: %s", i, len(many), got)
		}
	}
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

func TestDictLookups(t *testing.T) {
	d := embedded(t)
	tests := []struct {
		word     string
		freq     bool // a segmentation word
		idfKnown bool
	}{
		{"生物医药", true, true},
		{"增加值", true, true},
		{"马村区", true, true},
		{"地区生产总值", true, false}, // from dict/extra.txt
		{"ab型", true, false},
		{"AB型", false, false}, // lookups take folded keys
		{"不是一个词吧", false, false},
	}
	for _, tt := range tests {
		_, ok := d.Freq(tt.word)
		idf, known := d.IDF(tt.word)
		if ok != tt.freq || known != tt.idfKnown {
			t.Errorf("%s: freq %v idf %v, want %v %v", tt.word, ok, known, tt.freq, tt.idfKnown)
		}
		if idf <= 0 {
			t.Errorf("%s: IDF %v; unknown words must get the median, not 0", tt.word, idf)
		}
		if !known && idf != d.MedianIDF() {
			t.Errorf("%s: IDF %v, want the median %v", tt.word, idf, d.MedianIDF())
		}
	}
	if m := d.MedianIDF(); m < 5 || m > 15 {
		t.Errorf("median IDF %v, want a typical jieba value", m)
	}
}

func TestNewDictAndMerge(t *testing.T) {
	d := NewDict([]Entry{{Word: "生物", Freq: 100}, {Word: "医药", Freq: 100}, {Word: "生物", Freq: 5}, {Word: "ABC", Freq: 3, IDF: 9}})
	if f, _ := d.Freq("生物"); f != 100 {
		t.Errorf("first entry of a word wins: got %v", f)
	}
	if _, ok := d.IDF("abc"); !ok {
		t.Error("ASCII words are folded to lower case")
	}
	if got := words(d.Cut("生物医药")); got != "生物/医药" {
		t.Errorf("got %s", got)
	}
	m, err := ReadDict(strings.NewReader("# c\n医药 100 -\n生物 100 7.5\n"), []Entry{{Word: "生物医药"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := words(m.Cut("生物医药")); got != "生物医药" {
		t.Errorf("an extra word without frequency must beat its split: got %s", got)
	}
	if _, err := ReadDict(strings.NewReader("生物 100 -\n医药 100 -\n"), nil); err == nil {
		t.Error("out-of-order dictionary accepted")
	}
}

func TestServiceWaitsForSlowLoader(t *testing.T) {
	release := make(chan struct{})
	s := New(func() (*Dict, error) {
		<-release
		return NewDict([]Entry{{Word: "生物医药", Freq: 10}}), nil
	})
	if s.IsReady() {
		t.Fatal("ready before the loader returned")
	}
	select {
	case <-s.Ready():
		t.Fatal("Ready closed before the loader returned")
	case <-time.After(20 * time.Millisecond):
	}
	close(release)
	<-s.Ready()
	if !s.IsReady() || s.Wait() != nil {
		t.Fatalf("not ready after loading: %v", s.Err())
	}
	if got := words(s.Cut("发展生物医药")); got != "发/展/生物医药" {
		t.Errorf("got %s", got)
	}
}

func TestServiceFailedLoadDegrades(t *testing.T) {
	s := New(func() (*Dict, error) { return nil, errors.New("broken") })
	if err := s.Wait(); err == nil || s.Err() == nil {
		t.Fatal("error lost")
	}
	if got := words(s.Cut("生物医药ABC")); got != "生/物/医/药/ABC" {
		t.Errorf("fallback cut %s", got)
	}
	p := New(func() (*Dict, error) { panic("boom") })
	if p.Wait() == nil {
		t.Error("a panicking loader must report an error")
	}
}

func TestDefaultIsShared(t *testing.T) {
	first, second := Default(), Default()
	if first != second {
		t.Fatal("Default makes a new segmenter each call")
	}
	if err := Default().Wait(); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkLoadEmbedded(b *testing.B) {
	cpu := cputime.Now()
	for b.Loop() {
		if _, err := LoadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu)
}

func BenchmarkCutArticle(b *testing.B) {
	d := embedded(b)
	text := seedTexts(b)["004_736a836cdd19ca79.txt"]
	b.SetBytes(int64(len(text)))
	cpu := cputime.Now()
	for b.Loop() {
		d.Cut(text)
	}
	cputime.Report(b, cpu)
}
