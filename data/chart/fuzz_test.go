package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// Whatever text a label carries (labels come from untrusted articles), the
// SVG stays well-formed XML and the label's printable text survives.
func FuzzSVGLabel(f *testing.F) {
	for _, s := range []string{`<R&D>"指标"`, "]]>", "\x00\x1f\uFFFE", "&amp;", "'single'", "\xff\xfe broken utf-8"} {
		f.Add(s)
	}
	r := renderer(f)
	f.Fuzz(func(t *testing.T, label string) {
		c := Chart{Title: label, Source: label, Unit: "%", Bars: []Bar{{Label: label, Value: 1, ValueLabel: label}}}
		var buf bytes.Buffer
		if _, err := r.Render(&buf, c, Options{Format: SVG, Width: 400, Height: 300}); err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(&buf)
		var text strings.Builder
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("label %q: svg is not XML: %v", label, err)
			}
			if cd, ok := tok.(xml.CharData); ok {
				text.Write(cd)
			}
		}
		// The shortest form drawn is the title cut to fit; its first rune,
		// when printable, must be in the document as itself.
		clean := []rune(xmlSafe(label))
		if len(clean) > 0 && clean[0] > ' ' && !strings.ContainsRune(text.String(), clean[0]) {
			t.Errorf("label %q: %q missing from the svg text", label, clean[0])
		}
	})
}

// A label of many thousand characters renders (once it took time in
// proportion to the square of its length; a timed test would flake under
// load, so the time is left to the test binary's own timeout).
func TestLongLabelRenders(t *testing.T) {
	r := renderer(t)
	long := strings.Repeat("规上工业增加值", 20000)
	c := Chart{Title: long, Subtitle: long, Source: long, Note: long, Bars: []Bar{{Label: long, Value: 1, ValueLabel: long}}}
	for _, kind := range []Kind{HBar, VBar, Dots} {
		c.Kind = kind
		if _, err := r.Render(io.Discard, c, Options{}); err != nil {
			t.Fatal(err)
		}
	}
}
