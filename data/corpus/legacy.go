package corpus

import (
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// ErrJapanese reports a text in a Japanese encoding (Shift-JIS, EUC-JP):
// read as Chinese it would be nonsense, so it is refused with a reason.
var ErrJapanese = errors.New("text in a Japanese encoding (Shift-JIS or EUC-JP) is not supported: save it as UTF-8")

// commonHan are frequent characters written alike in simplified and
// traditional Chinese. A right decoding of a report is full of them; a
// wrong one (Big5 read as GBK, or GBK as Big5) gives rare characters.
const commonHan = "的一是不在人有我他大上中年月日和地以之其出生主同工作要就也可而自子全部方所多用行公市家成本外如法分下高新加入共提升完比重增百千元平均合率能量水安品性相民社建投业产"

// legacy decodes a text that is not UTF-8 in the legacy encoding it is
// clearly in: GB18030 (GBK, GB2312), the encoding of mainland Chinese
// Windows, unless Big5 (Taiwan, Hong Kong) reads as far more Chinese than
// it does. Japanese Shift-JIS, full of kana when read as such, is refused.
func legacy(b []byte) ([]byte, int, error) {
	if japaneseText(b) {
		return nil, 0, ErrJapanese
	}
	gb, gbBad, gbErr := checked(decodeWith(simplifiedchinese.GB18030, b))
	big5, big5Bad, big5Err := checked(decodeWith(traditionalchinese.Big5, b))
	if big5Err == nil && (gbErr != nil || clearlyBetter(big5, gb)) {
		return big5, big5Bad, nil
	}
	return gb, gbBad, gbErr
}

// clearlyBetter reports whether decoding a reads as Chinese far more than
// decoding b: at least twice as many common characters, and some.
func clearlyBetter(a, b []byte) bool {
	ca, cb := commonCount(a), commonCount(b)
	return ca >= 4 && ca >= 2*cb
}

func commonCount(text []byte) int {
	n := 0
	for len(text) > 0 {
		r, size := utf8.DecodeRune(text)
		if r >= 0x4E00 && strings.ContainsRune(commonHan, r) {
			n++
		}
		text = text[size:]
	}
	return n
}

// japaneseText reports bytes that read cleanly as Shift-JIS or EUC-JP with
// kana (which Chinese does not use) making a good part of the characters.
// The first 64 KB tell; a character cut at their end may be bad.
func japaneseText(b []byte) bool {
	b = b[:min(len(b), 64<<10)]
	for _, e := range []interface {
		Bytes([]byte) ([]byte, error)
	}{japanese.ShiftJIS.NewDecoder(), japanese.EUCJP.NewDecoder()} {
		out, err := e.Bytes(b)
		if err != nil || strings.Count(string(out), "\uFFFD") > 1 {
			continue
		}
		kana, wide := 0, 0
		for _, r := range string(out) {
			switch {
			case r >= 0x3041 && r <= 0x30FF:
				kana++
				wide++
			case r >= 0x80:
				wide++
			}
		}
		if kana >= 4 && kana*5 >= wide {
			return true
		}
	}
	return false
}
