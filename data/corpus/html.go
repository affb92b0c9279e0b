package corpus

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// skipped elements hold no words of the page: code, styles, embedded
// documents and the like.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true, atom.Select: true,
}

// blocks end a paragraph: a blank line follows them, which is how Parse
// finds paragraphs (a table row is a paragraph).
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Br: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Tr: true, atom.Title: true,
	atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Blockquote: true,
	atom.Pre: true, atom.Hr: true, atom.Caption: true, atom.Figcaption: true, atom.Address: true,
}

// cells are separated by a tab, so that two numbers in neighbouring cells
// never read as one (121.7 | 128.3, not 121.7128.3).
var cells = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

// StripHTML turns an HTML page (as UTF-8) into plain text: the words of
// the page with entities decoded, comments, scripts and styles left out,
// a tab between table cells and a blank line after each block element,
// which is how Parse finds paragraphs. Offsets of a loaded HTML file refer
// to this text.
func StripHTML(b []byte) []byte {
	var out bytes.Buffer
	z := html.NewTokenizer(bytes.NewReader(b))
	skip := 0 // depth inside skipped elements
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return bytes.TrimSpace(out.Bytes())
		case html.TextToken:
			if skip == 0 {
				out.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case skipped[a] && tt == html.StartTagToken:
				skip++
			case skipped[a] && tt == html.EndTagToken:
				skip = max(0, skip-1)
			case skip > 0:
			case cells[a] && tt != html.EndTagToken:
				if n := out.Len(); n > 0 && out.Bytes()[n-1] != '\n' {
					out.WriteByte('\t') // between cells, not before a row's first
				}
			case blocks[a] && (tt != html.StartTagToken || a == atom.Br || a == atom.Hr):
				out.WriteString("\n\n")
			}
		}
	}
}

// declaredEncoding returns the encoding an HTML page declares in <meta
// charset> or <meta http-equiv="Content-Type">, before its body, and its
// WHATWG name (utf-8, gbk, big5, shift_jis); nil when it declares none, or
// one we do not know.
func declaredEncoding(b []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(b[:min(len(b), 4096)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Body {
				return nil, ""
			}
			if t.DataAtom != atom.Meta {
				continue
			}
			if label := metaCharset(t.Attr); label != "" {
				return charset.Lookup(label)
			}
		}
	}
}

// metaCharset reads the charset label of a <meta> tag's attributes.
func metaCharset(attrs []html.Attribute) string {
	var content string
	httpEquiv := false
	for _, a := range attrs {
		switch strings.ToLower(a.Key) {
		case "charset":
			return strings.TrimSpace(a.Val)
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(a.Val), "content-type")
		case "content":
			content = a.Val
		}
	}
	if !httpEquiv {
		return ""
	}
	k := strings.Index(strings.ToLower(content), "charset=")
	if k < 0 {
		return ""
	}
	label := strings.Trim(content[k+len("charset="):], ` "';`)
	if j := strings.IndexAny(label, " ;"); j >= 0 {
		label = label[:j]
	}
	return label
}

// decodeHTML decodes an HTML page: a byte-order mark first, then the
// encoding it declares, then what DecodeCounting recognises. A declared
// UTF-8 (or an encoding the bytes are not in) is checked by DecodeCounting
// like any text.
func decodeHTML(b []byte) ([]byte, int, error) {
	e, name := declaredEncoding(b)
	switch {
	case e == nil || name == "utf-8" || hasBOM(b):
		return DecodeCounting(b)
	case name == "shift_jis" || name == "euc-jp" || name == "iso-2022-jp":
		return nil, 0, ErrJapanese
	}
	out, bad, err := checked(decodeWith(e, b))
	if err != nil {
		return DecodeCounting(b) // declared wrong: read it as a text file
	}
	return out, bad, nil
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}
