package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
)

// The dictionary ships inside the binary: gse's simplified Chinese word list
// and IDF table, compressed (see gen.go and dict/NOTICE), and our own short
// list of terms of economic reporting that the general list lacks.
var (
	//go:embed dict/zh.dict.gz
	zhDict []byte
	//go:embed dict/extra.txt
	extraDict string

	// Notice credits the dictionary data and states its licence, for an
	// About box; License is the Apache License 2.0 it refers to.
	//go:embed dict/NOTICE
	Notice string
	//go:embed dict/LICENSE-gse-Apache-2.0.txt
	License string
)

// LoadEmbedded decodes the embedded dictionary. It takes a few hundred
// milliseconds and reads nothing from disk.
func LoadEmbedded() (*Dict, error) {
	extra, err := parseExtra(extraDict)
	if err != nil {
		return nil, fmt.Errorf("embedded dictionary dict/extra.txt: %w", err)
	}
	return loadEmbedded(extra)
}

// loadEmbedded decodes gse's word list with the given extra entries.
func loadEmbedded(extra []Entry) (*Dict, error) {
	zr, err := gzip.NewReader(bytes.NewReader(zhDict))
	if err != nil {
		return nil, fmt.Errorf("embedded dictionary: %w", err)
	}
	// The gzip trailer holds the decompressed size: read into one buffer.
	var text strings.Builder
	text.Grow(int(binary.LittleEndian.Uint32(zhDict[len(zhDict)-4:])))
	if _, err := io.Copy(&text, zr); err != nil {
		return nil, fmt.Errorf("embedded dictionary: %w", err)
	}
	d, err := parseDict(text.String(), extra)
	if err != nil {
		return nil, fmt.Errorf("embedded dictionary: %w", err)
	}
	return d, nil
}

func parseExtra(s string) ([]Entry, error) {
	var out []Entry
	for n, line := range strings.Split(s, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		e, err := parseEntry(line)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
		out = append(out, e)
	}
	return out, nil
}
