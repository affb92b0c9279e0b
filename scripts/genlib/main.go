// Command genlib writes a realistic test library: report-like files built
// from the sentences of the embedded articles, with the places, years and
// numbers varied, for the library's benchmarks and kill test. Nothing it
// writes is committed.
//
//	go run ./scripts/genlib -n 10000 -o /tmp/genlib
//
// The files are spread over folders by year and place; about one in
// twenty is named 政府工作报告.txt (the same base name in many folders)
// and about one in a hundred is a copy of an earlier file, so an import
// meets name clashes and duplicates as a real one does. The output is the
// same for the same -seed.
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/gazetteer"
)

// places are the counties, districts and cities the reports are about.
var places = []string{
	"马村区", "解放区", "山阳区", "中站区", "修武县", "博爱县", "武陟县", "温县", "沁阳市", "孟州市",
	"叶县", "舞钢市", "鲁山县", "郏县", "宝丰县", "汝州市", "新华区", "卫东区", "湛河区", "石龙区",
	"林州市", "安阳县", "汤阴县", "滑县", "内黄县", "殷都区", "龙安区", "文峰区", "北关区",
	"淇县", "浚县", "鹤山区", "山城区", "淇滨区", "卫辉市", "辉县市", "获嘉县", "原阳县", "延津县",
	"封丘县", "长垣市", "红旗区", "卫滨区", "凤泉区", "牧野区", "新乡县", "巩义市", "荥阳市", "新密市",
	"新郑市", "登封市", "中牟县", "金水区", "二七区", "管城回族区", "惠济区", "上街区", "兰考县", "杞县",
}

// kinds of report, for titles.
var kinds = []string{"政府工作报告", "国民经济和社会发展统计公报", "经济运行情况", "上半年经济运行分析", "高质量发展综述"}

var (
	number   = regexp.MustCompile(`\d+(?:\.\d+)?`)
	year     = regexp.MustCompile(`20[12]\d年`)
	sentence = regexp.MustCompile(`[^。！？]*[。！？]`)
)

func main() {
	n := flag.Int("n", 10000, "how many files")
	out := flag.String("o", "", "folder to write them in (made if missing)")
	seed := flag.Uint64("seed", 1, "random seed")
	size := flag.Int("size", 2400, "mean size of a file in bytes")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "genlib: -o FOLDER is required")
		os.Exit(2)
	}
	sents, err := seedSentences()
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlib:", err)
		os.Exit(1)
	}
	rng := rand.New(rand.NewPCG(*seed, 2026))
	total := 0
	var written []string
	for i := range *n {
		place := places[rng.IntN(len(places))]
		y := 2015 + rng.IntN(10)
		dir := filepath.Join(*out, strconv.Itoa(y), place)
		name := fmt.Sprintf("%s%d年%s_%05d.txt", place, y, kinds[i%len(kinds)], i)
		if rng.IntN(20) == 0 {
			name = "政府工作报告.txt"
		}
		var text string
		if len(written) > 0 && rng.IntN(100) == 0 {
			b, _ := os.ReadFile(written[rng.IntN(len(written))])
			text = string(b)
		} else {
			text = report(rng, sents, place, y, kinds[i%len(kinds)], *size)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, "genlib:", err)
			os.Exit(1)
		}
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path); err == nil { // same folder, same name: keep both
			path = filepath.Join(dir, fmt.Sprintf("%05d_%s", i, name))
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "genlib:", err)
			os.Exit(1)
		}
		written = append(written, path)
		total += len(text)
	}
	fmt.Printf("genlib: %d files, %.1f MB in %s\n", *n, float64(total)/1e6, *out)
}

// seedSentences returns the sentences of the embedded articles' body
// paragraphs that hold a number: the patterns of real reports.
func seedSentences() ([]string, error) {
	arts, err := corpus.Embedded()
	if err != nil {
		return nil, err
	}
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			if p.Kind != corpus.Body {
				continue
			}
			for _, s := range sentence.FindAllString(p.Text, -1) {
				if number.MatchString(s) && len(s) > 30 {
					out = append(out, markPlaces(g, s))
				}
			}
		}
	}
	return out, nil
}

// placeMark stands where a seed sentence names a district, county or city;
// vary writes the report's own place there.
const placeMark = "\x00"

// markPlaces replaces the places above town level that s names.
func markPlaces(g *gazetteer.Gazetteer, s string) string {
	var b strings.Builder
	at := 0
	for _, m := range g.Find(s) {
		if m.Start < at || len(m.Codes) == 0 {
			continue
		}
		if pl, ok := g.Place(m.Codes[0]); !ok || pl.Level == gazetteer.Town {
			continue
		}
		b.WriteString(s[at:m.Start])
		b.WriteString(placeMark)
		at = m.End
	}
	b.WriteString(s[at:])
	return b.String()
}

// report writes one report of about size bytes.
func report(rng *rand.Rand, sents []string, place string, y int, kind string, size int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%d年%s\n\n", place, y, kind)
	fmt.Fprintf(&b, "发布时间:%d-%02d-%02d 来源:%s融媒体中心\n\n", y+1, 1+rng.IntN(12), 1+rng.IntN(28), place)
	target := size/2 + rng.IntN(size)
	for b.Len() < target {
		b.WriteString("  ")
		for range 2 + rng.IntN(4) {
			b.WriteString(vary(rng, sents[rng.IntN(len(sents))], place, y))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// vary puts the report's place and years in a seed sentence and changes
// its numbers by up to a third, keeping their form (decimals, magnitude).
func vary(rng *rand.Rand, s, place string, y int) string {
	s = strings.ReplaceAll(s, placeMark, place)
	s = year.ReplaceAllStringFunc(s, func(m string) string {
		old, _ := strconv.Atoi(m[:4])
		return strconv.Itoa(y+(old-2024)) + "年"
	})
	return number.ReplaceAllStringFunc(s, func(m string) string {
		if len(m) == 4 && strings.HasPrefix(m, "20") { // a year without 年
			return m
		}
		v, _ := strconv.ParseFloat(m, 64)
		v *= 0.67 + rng.Float64()*0.66
		if i := strings.IndexByte(m, '.'); i >= 0 {
			return strconv.FormatFloat(v, 'f', len(m)-i-1, 64)
		}
		return strconv.Itoa(max(1, int(v+0.5)))
	})
}
