package hanzi

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// t2s is OpenCC's traditional→simplified character table, cut to the
// characters whose simplified form has the same UTF-8 length (t2s.txt,
// written by scripts/gen-t2s.sh; licence in LICENSE.opencc).
//
//go:generate bash ../../scripts/gen-t2s.sh
//go:embed t2s.txt
var t2sText string

// Reports are reposted in traditional characters (縉雲縣統計公報, 億元,
// 增長) while every vocabulary and the gazetteer are simplified; reading
// a simplified view whose bytes line up with the original lets every
// offset found in the view point into the user's text.

// sharedMark flags a traditional character that simplified text uses too
// (乾县, 於姓): it is converted only in a text written in traditional.
const sharedMark = 1 << 30

// t2sFirst and t2sLast bound the block the dense table covers: the
// unified ideographs and extension A, where nearly every entry lies.
const t2sFirst, t2sLast = 0x3400, 0x9FFF

type t2sTable struct {
	dense [t2sLast - t2sFirst + 1]rune // 0: no conversion
	other map[rune]rune                // compatibility and supplementary ideographs
}

var t2sLoad = sync.OnceValue(func() *t2sTable {
	t := &t2sTable{other: map[rune]rune{}}
	for line := range strings.Lines(t2sText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if len(f) < 2 {
			continue
		}
		from, _ := utf8.DecodeRuneInString(f[0])
		to, _ := utf8.DecodeRuneInString(f[1])
		if len(f) > 2 && f[2] == "*" {
			to |= sharedMark
		}
		if from >= t2sFirst && from <= t2sLast {
			t.dense[from-t2sFirst] = to
		} else {
			t.other[from] = to
		}
	}
	return t
})

func (t *t2sTable) lookup(r rune) rune {
	if r >= t2sFirst && r <= t2sLast {
		return t.dense[r-t2sFirst]
	}
	if r < 0xF900 {
		return 0
	}
	return t.other[r]
}

// Conversion is how a text's traditional characters are to be simplified.
type Conversion int

const (
	// NoConversion: the text has no traditional character.
	NoConversion Conversion = iota
	// Distinct converts only the characters simplified text never uses
	// (a simplified report quoting 臺灣 keeps its 乾县).
	Distinct
	// Full converts the shared characters too (於, 乾): the text is
	// written in traditional characters.
	Full
)

// traditionalShare is the least share of a text's Chinese characters that
// must be distinctly traditional for the text to count as written in
// traditional: about one in four characters of running traditional prose
// is, a simplified report quoting a Taiwanese name has one in thousands.
const traditionalShare = 10 // one in 10

// ConversionOf scans s once and tells how to simplify it. A text without
// a traditional character costs one table lookup per Chinese character.
func ConversionOf(s string) Conversion {
	t := t2sLoad()
	han, trad := 0, 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r < 0x2E80 {
			continue
		}
		han++
		if to := t.lookup(r); to != 0 && to&sharedMark == 0 {
			trad++
		}
	}
	switch {
	case trad == 0:
		return NoConversion
	case trad*traditionalShare >= han:
		return Full
	}
	return Distinct
}

// Apply returns s with its traditional characters replaced by their
// simplified forms, byte for byte the same length, so that every offset
// into the result is an offset into s. It returns s itself when nothing
// changes.
func (c Conversion) Apply(s string) string {
	if c == NoConversion {
		return s
	}
	b := convert(c, s)
	if b == nil {
		return s
	}
	return string(b)
}

// ApplyBytes is Apply on bytes: a new slice when something changes, else
// raw itself. Articles are held as bytes, and converting them through a
// string copied a whole article three times more for each extraction.
func (c Conversion) ApplyBytes(raw []byte) []byte {
	if c == NoConversion {
		return raw
	}
	if b := convert(c, raw); b != nil {
		return b
	}
	return raw
}

// convert returns a converted copy of s, or nil when nothing changes.
func convert[T string | []byte](c Conversion, s T) []byte {
	t := t2sLoad()
	var b []byte
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		// decodeHan with its three-byte case written out: Extract converts
		// a whole article, a call for every character
		var r rune
		n := 0
		if i+2 < len(s) && s[i]&0xF0 == 0xE0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if r = rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				n = 3
			}
		}
		if n == 0 {
			r, n = decodeHan(s, i)
		}
		to := t.lookup(r)
		if to != 0 && (to&sharedMark == 0 || c == Full) {
			if b == nil {
				// A copy for strings and bytes alike ([]byte(s) of bytes
				// would be s itself, the caller's text).
				b = make([]byte, len(s))
				copy(b, s)
			}
			utf8.EncodeRune(b[i:i+n], to&^sharedMark)
		}
		i += n
	}
	return b
}

// DecodeRune is utf8.DecodeRuneInString, rune for rune and on broken bytes
// alike, with Chinese text's three-byte runes decoded inline: utf8 takes
// its slow path for every one of them, and the scanners that read a whole
// article rune by rune (places, numbers) spent a tenth of their time there.
func DecodeRune(s string) (rune, int) { return decodeHan(s, 0) }

// DecodeLastRune is utf8.DecodeLastRuneInString as DecodeRune is
// utf8.DecodeRuneInString: the same answers, Chinese runes inline.
func DecodeLastRune(s string) (rune, int) {
	if j := len(s); j >= 3 && s[j-3]&0xF0 == 0xE0 && s[j-2]&0xC0 == 0x80 && s[j-1]&0xC0 == 0x80 {
		r := rune(s[j-3]&0x0F)<<12 | rune(s[j-2]&0x3F)<<6 | rune(s[j-1]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// decodeHan decodes the rune at s[i:]: the three-byte runes of Chinese text
// inline (utf8.DecodeRuneInString takes its slow path for every one of
// them), anything else, invalid bytes included, as utf8 does.
func decodeHan[T string | []byte](s T, i int) (rune, int) {
	if i+2 < len(s) && s[i]&0xF0 == 0xE0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		r := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
}

// Simplify returns the simplified view of s (see Conversion.Apply), or s
// itself when s has no traditional character.
func Simplify(s string) string { return ConversionOf(s).Apply(s) }
