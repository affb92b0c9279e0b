package corpus

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary reports bytes that are no text in any encoding we read.
var ErrBinary = errors.New("not a text file (binary data or an unknown encoding)")

// maxBadPerMille is how many characters in a thousand may be undecodable
// in a text we still read (and one always): one bad byte in a 9 MB report
// must not reject it all, but a file of many bad bytes is not text, or not
// in this encoding.
const maxBadPerMille = 1

// Decode returns the UTF-8 text of b, as DecodeCounting does.
func Decode(b []byte) ([]byte, error) {
	out, _, err := DecodeCounting(b)
	return out, err
}

// DecodeCounting returns the UTF-8 text of b and how many of its
// characters could not be decoded and are U+FFFD in the text. It
// recognises UTF-8 (with or without a BOM), UTF-16 with a BOM, UTF-16
// without one by where its zero bytes fall, and otherwise a legacy
// encoding (legacy): GB18030, the superset of GBK and GB2312 that Chinese
// Windows writes, or Big5 where the text is clearly Big5; Japanese
// Shift-JIS is refused (ErrJapanese). A few bad bytes (one, or at most one
// character in a thousand; in UTF-8 up to one in a hundred where nearly
// all its Chinese decodes) are replaced; more make ErrBinary.
func DecodeCounting(b []byte) ([]byte, int, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return checked(repairUTF8(b[3:]))
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return checked(decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b))
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return checked(decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b))
	}
	if bytes.IndexByte(b, 0) >= 0 {
		if order, ok := utf16Order(b); ok {
			out, bad, err := checked(decodeWith(unicode.UTF16(order, unicode.IgnoreBOM), b))
			if err == nil && !hasControl(out) {
				return out, bad, nil
			}
		}
		return nil, 0, ErrBinary
	}
	if utf8.Valid(b) {
		return b, 0, nil
	}
	if out, bad, err := checkedUTF8(repairUTF8(b)); err == nil {
		return out, bad, nil
	}
	return legacy(b)
}

// utf16Order guesses UTF-16 without a byte-order mark from its zero
// bytes: the high byte of every ASCII character (digits, line breaks) is
// zero, so in little-endian text the zeros fall on odd offsets and in
// big-endian on even ones. Binary data has zeros on both.
func utf16Order(b []byte) (unicode.Endianness, bool) {
	if len(b)%2 != 0 {
		return unicode.LittleEndian, false
	}
	var even, odd int
	for i, c := range b[:min(len(b), 1<<16)] {
		if c != 0 {
			continue
		}
		if i%2 == 0 {
			even++
		} else {
			odd++
		}
	}
	switch {
	case odd > 0 && even == 0:
		return unicode.LittleEndian, true
	case even > 0 && odd == 0:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// repairUTF8 returns b with each invalid byte as U+FFFD, and how many
// there were.
func repairUTF8(b []byte) ([]byte, int, error) {
	if utf8.Valid(b) {
		return b, 0, nil
	}
	out := make([]byte, 0, len(b)+32)
	bad := 0
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			out = utf8.AppendRune(out, utf8.RuneError)
			bad++
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out, bad, nil
}

func decodeWith(e encoding.Encoding, b []byte) ([]byte, int, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, 0, err
	}
	return out, bytes.Count(out, []byte("\uFFFD")), nil
}

// damagedUTF8Ratio is how many characters beyond ASCII must decode for
// each one that does not before a file that is not valid UTF-8 is still
// read as UTF-8: text cut and pasted from web pages carries a few stray
// or truncated bytes (3 in a short news item), while GBK read as UTF-8
// decodes almost none of its Chinese.
const damagedUTF8Ratio = 20

// checkedUTF8 is checked for UTF-8 repaired by repairUTF8: it also keeps a
// text whose Chinese decodes all but a few bytes, which checked's one in a
// thousand would refuse in a short file.
func checkedUTF8(out []byte, bad int, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	if bad*100 <= utf8.RuneCount(out) && beyondASCII(out)-bad >= damagedUTF8Ratio*bad {
		return out, bad, nil
	}
	return checked(out, bad, nil)
}

// beyondASCII counts the characters of text that are not ASCII.
func beyondASCII(text []byte) int {
	n := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if r >= 0x80 {
			n++
		}
		i += size
	}
	return n
}

// checked refuses a decoding with more bad characters than a text has.
func checked(out []byte, bad int, err error) ([]byte, int, error) {
	if err != nil {
		return nil, 0, err
	}
	if bad > max(1, utf8.RuneCount(out)*maxBadPerMille/1000) {
		return nil, 0, ErrBinary
	}
	return out, bad, nil
}

// hasControl reports a control character other than tab, line breaks and
// form feed: text has none, and a guess of UTF-16 that yields one was
// binary data with a zero byte.
func hasControl(text []byte) bool {
	for _, c := range text {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return true
		}
	}
	return false
}
