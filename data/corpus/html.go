package corpus

import (
	"bytes"
	"html"
	"regexp"
)

var (
	dropElements = regexp.MustCompile(`(?is)<(script|style)\b.*?</(script|style)>`)
	blockTags    = regexp.MustCompile(`(?i)<(/p|br\s*/?|/div|/h[1-6]|/li|/tr|/title)>`)
	anyTag       = regexp.MustCompile(`(?s)<[^>]*>`)
)

// StripHTML turns an HTML page into plain text with a blank line after each
// block element, which is how Parse finds paragraphs. Offsets of a loaded
// HTML file refer to this text.
func StripHTML(b []byte) []byte {
	b = dropElements.ReplaceAll(b, nil)
	b = blockTags.ReplaceAll(b, []byte("\n\n"))
	b = anyTag.ReplaceAll(b, nil)
	return bytes.TrimSpace([]byte(html.UnescapeString(string(b))))
}
