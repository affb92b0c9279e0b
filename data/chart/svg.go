package chart

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
)

// svgText escapes what go-chart's SVG renderer writes verbatim: the text of
// a label goes into the document as XML character data, so <, & and
// characters XML forbids must not reach it raw.
//
// It also anchors text: a viewer without WenQuanYi Micro Hei sets labels in
// another font whose widths differ, so a right-aligned label positioned by
// our font's widths would drift. Text drawn through anchored carries its
// alignment to fixSVG, which turns it into text-anchor.
type svgText struct{ gochart.Renderer }

func (s svgText) Text(body string, x, y int) {
	s.Renderer.Text(html.EscapeString(xmlSafe(body)), x, y)
}

// anchored draws body with x as its start, middle or end.
func (s svgText) anchored(body string, x, y int, a align) {
	s.Renderer.Text(anchorMark[a]+html.EscapeString(xmlSafe(body)), x, y)
}

// anchorMark leads the text of an anchored label until fixSVG moves it into
// an attribute; xmlSafe keeps NUL out of labels, so it cannot be forged.
var anchorMark = map[align]string{left: "\x00start\x00", center: "\x00middle\x00", right: "\x00end\x00"}

var anchorRE = regexp.MustCompile("<text ([^>]*)>\x00(start|middle|end)\x00")

// xmlSafe drops what XML 1.0 cannot carry at all: control characters other
// than tab and newline, invalid UTF-8, and the non-characters U+FFFE/FFFF.
func xmlSafe(s string) string {
	ok := func(r rune) bool {
		return r == '\t' || r == '\n' || r == '\r' || r >= ' ' && r != utf8.RuneError && r != 0xFFFE && r != 0xFFFF
	}
	clean := true
	for _, r := range s {
		if !ok(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if ok(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fixSVG makes go-chart's SVG stand alone: an XML declaration, a pixel size
// beside the viewBox, the font family by the name other programs know it
// (go-chart reads the name table, which gives ??? for this font) with
// fallbacks that carry Chinese, a white or dark ground, and the title as
// the document's <title>.
func (r *Renderer) fixSVG(svg []byte, c Chart, opt Options) []byte {
	svg = anchorRE.ReplaceAll(svg, []byte(`<text text-anchor="$2" $1>`))
	svg = r.outlineText(svg)
	family := fmt.Sprintf("'%s',%s", cssString(r.family), cjkFallbacks)
	// go-chart writes font-family:'<name table family>',sans-serif.
	old := fmt.Sprintf("font-family:'%s',sans-serif", r.font.Name(truetype.NameIDFontFamily))
	svg = bytes.ReplaceAll(svg, []byte(old), []byte("font-family:"+family))

	open := []byte(`<svg xmlns="http://www.w3.org/2000/svg"`)
	head := fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<svg width="%d" height="%d" font-family="%s"`,
		opt.Width, opt.Height, html.EscapeString(family))
	svg = bytes.Replace(svg, open, []byte(head+` xmlns="http://www.w3.org/2000/svg"`), 1)

	if k := bytes.Index(svg, []byte("<svg ")); k >= 0 {
		end := k + bytes.IndexByte(svg[k:], '>') + 1
		title := "<title>" + html.EscapeString(xmlSafe(c.Title)) + "</title>"
		if desc := strings.TrimSpace(c.Subtitle + " 来源：" + c.Source); c.Source != "" {
			title += "<desc>" + html.EscapeString(xmlSafe(desc)) + "</desc>"
		}
		svg = append(svg[:end:end], append([]byte(title), svg[end:]...)...)
	}
	return svg
}

// cjkFallbacks are families that carry Chinese on the common systems, for
// a viewer that lacks WenQuanYi Micro Hei.
const cjkFallbacks = `'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC',sans-serif`

// cssString keeps a family name from closing its quotes.
func cssString(s string) string {
	return strings.NewReplacer(`'`, ``, `\`, ``, `"`, ``).Replace(s)
}
