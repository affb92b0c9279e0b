// Command measure reports the memory that Zhibiao's text tools hold: the
// heap and resident set after loading the dictionary, indexing the corpus and
// computing every article's keywords, and, with -gse, what gse's own
// dictionary (its double-array trie, as LoadDictEmbed("zh_s") builds it)
// would hold instead. The figures go in data/search/BENCHMARKS.md.
//
//	go run -tags ne ./data/search/internal/measure [-gse] [-copies N]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/go-ego/gse"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/keywords"
	"github.com/zhibiao/zhibiao/data/search"
	"github.com/zhibiao/zhibiao/data/segment"
)

func main() {
	withGse := flag.Bool("gse", false, "load gse's own trie of the same word list instead")
	copies := flag.Int("copies", 1, "index the seeds this many times")
	flag.Parse()
	report("start")
	t := time.Now()
	seg := segment.Default()
	if err := seg.Wait(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("dictionary loaded in %v (%d words, %.1f MB by its own count)\n", time.Since(t).Round(time.Millisecond), seg.Dict().Len(), float64(seg.Dict().Bytes())/1e6)
	report("dictionary loaded")

	if *withGse {
		var lines strings.Builder
		d := seg.Dict()
		for _, e := range entries(d) {
			lines.WriteString(e)
		}
		t = time.Now()
		var g gse.Segmenter
		g.NotLoadHMM, g.SkipLog = true, true
		g.LoadDictStr(lines.String())
		fmt.Printf("gse trie built in %v (%d tokens)\n", time.Since(t).Round(time.Millisecond), g.Dict.NumTokens())
		lines.Reset()
		debug.FreeOSMemory()
		report("plus gse's own trie")
		runtime.KeepAlive(&g)
		return
	}

	arts, err := corpus.Embedded()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var all []*corpus.Article
	for i := 0; i < *copies; i++ {
		for _, a := range arts {
			all = append(all, corpus.Parse(fmt.Sprintf("%04d_%s", i, a.ID), a.Raw))
		}
	}
	report("articles parsed")
	t = time.Now()
	ix := search.NewIndex(seg, all...)
	<-ix.Ready()
	fmt.Printf("indexed %d articles in %v\n", len(all), time.Since(t).Round(time.Millisecond))
	for _, a := range arts {
		keywords.Top(seg, a, 10)
	}
	debug.FreeOSMemory()
	report("index and keywords")
	hits := ix.Query("生物医药", 10)
	fmt.Printf("query 生物医药: %d hits\n", len(hits))
	runtime.KeepAlive(ix)
}

// entries lists the dictionary as gse's text format, word and frequency.
func entries(d *segment.Dict) []string {
	var out []string
	d.Each(func(word string, freq float64) {
		out = append(out, fmt.Sprintf("%s %.0f\n", word, freq))
	})
	return out
}

func report(stage string) {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	rss, hwm := status("VmRSS"), status("VmHWM")
	fmt.Printf("%-22s heap in use %6.1f MB   RSS %6.1f MB   peak RSS %6.1f MB\n", stage+":", float64(m.HeapInuse)/1e6, rss, hwm)
}

// status reads a memory figure of /proc/self/status, in MB (0 elsewhere).
func status(key string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, key+":") {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(l, key+":")), "%f", &kb)
			return kb * 1024 / 1e6
		}
	}
	return 0
}
