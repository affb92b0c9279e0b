package corpus

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary reports bytes that are no text in any encoding we read.
var ErrBinary = errors.New("not a text file (binary data or an unknown encoding)")

// Decode returns the UTF-8 text of b. It recognises UTF-8 (with or without a
// BOM), UTF-16 with a BOM, and falls back to GB18030, the superset of GBK and
// GB2312 that Chinese Windows writes.
func Decode(b []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return nil, errors.New("marked as UTF-8 but is not valid UTF-8")
		}
		return b, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), b)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), b)
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, ErrBinary
	}
	if utf8.Valid(b) {
		return b, nil
	}
	out, err := decodeWith(simplifiedchinese.GB18030, b)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return nil, ErrBinary
	}
	return out, nil
}

func decodeWith(e encoding.Encoding, b []byte) ([]byte, error) {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		return nil, err
	}
	return out, nil
}
