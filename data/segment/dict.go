package segment

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Entry is one word of a dictionary as its text file gives it: "word freq
// idf", where freq 0 marks a word that only has an IDF and idf "-" a word
// without one.
type Entry struct {
	Word string
	Freq float64 // occurrences in gse's reference corpus; 0: not a segmentation word
	IDF  float64 // 0: unknown
}

// Dict is a word list with frequencies (for segmentation) and inverse
// document frequencies (for keywords), stored compactly: every word in one
// string, sorted by bytes, found by binary search. The whole simplified
// Chinese dictionary of gse takes about 8 MB this way, where gse's own
// double-array trie with its token structs takes about 130 MB.
type Dict struct {
	words  string   // all words, concatenated in byte order
	off    []uint32 // word i is words[off[i]:off[i+1]]
	freq   []uint32
	idf    []float32
	first  map[rune][2]uint32 // entries whose word starts with the rune
	total  float64            // sum of freq, as gse's Dictionary.TotalFreq
	median float64            // median IDF, for words without one
	units  int                // longest word, in segmentation units
}

// NewDict builds a dictionary from entries in any order. A word given twice
// keeps its first entry, as gse does. ASCII letters are folded to lower case.
func NewDict(entries []Entry) *Dict {
	es := make([]Entry, 0, len(entries))
	seen := make(map[string]bool, len(entries))
	for _, e := range entries {
		e.Word = FoldASCII(e.Word)
		if e.Word == "" || seen[e.Word] {
			continue
		}
		seen[e.Word] = true
		es = append(es, normalised(e))
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Word < es[j].Word })
	return build(es)
}

// normalised applies gse's loading rules (Segmenter.Size): words rarer than
// 2 are not loaded, and single characters count as 2.
func normalised(e Entry) Entry {
	if e.Freq < 2 {
		e.Freq = 0
	} else if utf8.RuneCountInString(e.Word) < 2 {
		e.Freq = 2
	}
	return e
}

// ReadDict reads a dictionary text file already sorted by bytes, one entry
// a line ("word freq idf"; lines starting with # are comments), and merges
// extra entries (in any order) into it: an extra word already present takes
// the extra's frequency and IDF where those are set.
func ReadDict(r io.Reader, extra []Entry) (*Dict, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	return parseDict(string(b), extra)
}

func parseDict(text string, extra []Entry) (*Dict, error) {
	es := make([]Entry, 0, strings.Count(text, "\n")+1)
	prev := ""
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		e, err := parseEntry(line)
		if err != nil {
			return nil, fmt.Errorf("dictionary line %d: %w", n, err)
		}
		if e.Word <= prev {
			return nil, fmt.Errorf("dictionary line %d: %q is out of order", n, e.Word)
		}
		prev = e.Word
		es = append(es, normalised(e))
	}
	if len(extra) > 0 {
		es = merge(es, extra)
	}
	return build(es), nil
}

// parseEntry reads "word [freq [idf]]", fields separated by spaces or tabs.
func parseEntry(line string) (Entry, error) {
	var f [3]string
	n := 0
	for line != "" {
		i := strings.IndexAny(line, " \t\r")
		if i == 0 {
			line = line[1:]
			continue
		}
		if n == len(f) {
			return Entry{}, fmt.Errorf("too many fields")
		}
		if i < 0 {
			f[n], line = line, ""
		} else {
			f[n], line = line[:i], line[i+1:]
		}
		n++
	}
	if n == 0 {
		return Entry{}, fmt.Errorf("empty entry")
	}
	e := Entry{Word: f[0]}
	var err error
	if f[1] != "" {
		if e.Freq, err = strconv.ParseFloat(f[1], 64); err != nil {
			return e, fmt.Errorf("frequency of %q: %w", e.Word, err)
		}
	}
	if f[2] != "" && f[2] != "-" {
		if e.IDF, err = strconv.ParseFloat(f[2], 64); err != nil {
			return e, fmt.Errorf("IDF of %q: %w", e.Word, err)
		}
	}
	return e, nil
}

// merge adds extra entries to the sorted es. An extra without a frequency
// gets one just high enough for the word to beat its own split into known
// words (the rule of jieba's suggest_freq), so that it is cut as one word.
func merge(es []Entry, extra []Entry) []Entry {
	find := func(w string) (int, bool) {
		return slices.BinarySearchFunc(es, w, func(e Entry, w string) int { return strings.Compare(e.Word, w) })
	}
	total := 0.0
	for _, e := range es {
		total += e.Freq
	}
	add := make([]Entry, 0, len(extra))
	for _, x := range extra {
		x.Word = FoldASCII(x.Word)
		if i, ok := find(x.Word); ok {
			if x.Freq >= 2 {
				es[i].Freq = x.Freq
			}
			if x.IDF > 0 {
				es[i].IDF = x.IDF
			}
			continue
		}
		if x.Freq == 0 {
			x.Freq = suggestFreq(x.Word, total, func(w string) float64 {
				if i, ok := find(w); ok {
					return es[i].Freq
				}
				return 0
			})
		}
		add = append(add, normalised(x))
	}
	sort.Slice(add, func(i, j int) bool { return add[i].Word < add[j].Word })
	add = slices.CompactFunc(add, func(a, b Entry) bool { return a.Word == b.Word })
	out := make([]Entry, 0, len(es)+len(add))
	i, j := 0, 0
	for i < len(es) || j < len(add) {
		if j == len(add) || i < len(es) && es[i].Word < add[j].Word {
			out = append(out, es[i])
			i++
		} else {
			out = append(out, add[j])
			j++
		}
	}
	return out
}

// suggestFreq returns twice the frequency at which word would tie with its
// cheapest split into dictionary words (each word w costing
// log2(total/freq(w)), as in gse), and at least 3.
func suggestFreq(word string, total float64, freq func(string) float64) float64 {
	us := units(word)
	logTotal := math.Log2(total)
	best := make([]float64, len(us))
	for i := range us {
		best[i] = math.Inf(1)
		for j := 0; j <= i; j++ {
			if j == 0 && i == len(us)-1 {
				continue // the word itself
			}
			cost := 32.0 // gse's cost of a character it does not know
			if f := freq(word[us[j].start:us[i].end]); f > 0 {
				cost = logTotal - math.Log2(f)
			} else if i != j {
				continue
			}
			prev := 0.0
			if j > 0 {
				prev = best[j-1]
			}
			best[i] = min(best[i], prev+cost)
		}
	}
	alt := best[len(us)-1]
	if math.IsInf(alt, 1) {
		return 3
	}
	return max(3, math.Ceil(2*math.Exp2(logTotal-alt)))
}

func build(es []Entry) *Dict {
	d := &Dict{
		off:   make([]uint32, 0, len(es)+1),
		freq:  make([]uint32, len(es)),
		idf:   make([]float32, len(es)),
		first: make(map[rune][2]uint32),
	}
	size := 0
	for _, e := range es {
		size += len(e.Word)
	}
	var b strings.Builder
	b.Grow(size)
	var idfs []float64
	for i, e := range es {
		d.off = append(d.off, uint32(b.Len()))
		b.WriteString(e.Word)
		d.freq[i] = uint32(e.Freq)
		d.total += float64(d.freq[i])
		d.idf[i] = float32(e.IDF)
		if e.IDF > 0 {
			idfs = append(idfs, e.IDF)
		}
		r, _ := utf8.DecodeRuneInString(e.Word)
		rg, ok := d.first[r]
		if !ok {
			rg[0] = uint32(i)
		}
		rg[1] = uint32(i + 1)
		d.first[r] = rg
		if d.freq[i] > 0 {
			d.units = max(d.units, countUnits(e.Word))
		}
	}
	d.off = append(d.off, uint32(b.Len()))
	d.words = b.String()
	if len(idfs) > 0 {
		slices.Sort(idfs)
		d.median = idfs[len(idfs)/2]
	}
	return d
}

// Len returns the number of words.
func (d *Dict) Len() int { return len(d.freq) }

// TotalFreq returns the sum of the segmentation frequencies.
func (d *Dict) TotalFreq() float64 { return d.total }

func (d *Dict) word(i int) string { return d.words[d.off[i]:d.off[i+1]] }

// find returns the index of word.
func (d *Dict) find(word string) (int, bool) {
	r, _ := utf8.DecodeRuneInString(word)
	rg, ok := d.first[r]
	if !ok {
		return 0, false
	}
	lo, hi := int(rg[0]), int(rg[1])
	i := lo + sort.Search(hi-lo, func(k int) bool { return d.word(lo+k) >= word })
	return i, i < hi && d.word(i) == word
}

// Freq returns the segmentation frequency of word (ASCII letters in lower
// case), and whether the segmenter knows it as a word.
func (d *Dict) Freq(word string) (float64, bool) {
	i, ok := d.find(word)
	if !ok || d.freq[i] == 0 {
		return 0, false
	}
	return float64(d.freq[i]), true
}

// IDF returns the inverse document frequency of word, or the median IDF of
// the dictionary and false when it has none: an unknown word is taken to be
// as specific as a typical one, never as worthless.
func (d *Dict) IDF(word string) (float64, bool) {
	if i, ok := d.find(word); ok && d.idf[i] > 0 {
		return float64(d.idf[i]), true
	}
	return d.median, false
}

// MedianIDF returns the median of the dictionary's IDF values.
func (d *Dict) MedianIDF() float64 { return d.median }

// Bytes estimates the memory the dictionary holds.
func (d *Dict) Bytes() int {
	return len(d.words) + 4*len(d.off) + 4*len(d.freq) + 4*len(d.idf) + 48*len(d.first)
}

// FoldASCII lowers ASCII letters only, so that byte offsets in the result
// are offsets in s (full Unicode case folding can change lengths).
func FoldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// Each calls f with every segmentation word and its frequency, in byte
// order.
func (d *Dict) Each(f func(word string, freq float64)) {
	for i := range d.freq {
		if d.freq[i] > 0 {
			f(d.word(i), float64(d.freq[i]))
		}
	}
}
