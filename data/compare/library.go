package compare

import (
	"context"

	"github.com/zhibiao/zhibiao/data/library"
)

// Library answers queries from the library, which holds the embedded
// articles too: it counts the names once, then each query reads only the
// figures of the indicator, kind and places asked for.
type Library struct {
	lib        *library.Library
	indicators []Indicator
}

// NewLibrary counts the library's figures by name, first writing the rows
// of the figures cached since they were last written (a few seconds for
// thousands of articles, once). Call Refresh on the library first for
// figures of this extractor.
func NewLibrary(lib *library.Library) (*Library, error) {
	if _, err := lib.SyncRows(context.Background()); err != nil {
		return nil, err
	}
	counts, err := lib.Names()
	if err != nil {
		return nil, err
	}
	return &Library{lib: lib, indicators: Indicators(counts)}, nil
}

// Indicators are the indicators of the library, most figures first.
func (s *Library) Indicators() []Indicator { return s.indicators }

// Inputs reads the figures q needs: of its indicator under any of its
// names, of its kind (every kind when "") and of its places (all when
// nil).
func (s *Library) Inputs(q Query) ([]Input, error) {
	ind, ok := Find(s.indicators, q.Indicator)
	if !ok {
		return nil, nil
	}
	var codes []string
	if q.Places != nil {
		codes = []string{}
		for _, p := range q.Places {
			if p.Code != "" {
				codes = append(codes, p.Code)
			}
		}
	}
	found, err := s.lib.Named(ind.Names, q.Kind, codes)
	if err != nil {
		return nil, err
	}
	return fromFound(found), nil
}

// Table reads and builds the table of q.
func (s *Library) Table(q Query) (Table, error) {
	in, err := s.Inputs(q)
	if err != nil {
		return Table{}, err
	}
	return Build(in, q)
}
