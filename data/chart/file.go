package chart

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// WriteFile renders c to the file at path, PNG or SVG by its extension
// (opt.Format is ignored), atomically: the file is either the whole new
// chart or untouched. Bad options or values are reported before anything
// is written; a failed write is a *fileio.Error whose message names the
// file and says what went wrong, for a dialog.
func (r *Renderer) WriteFile(path string, c Chart, opt Options) error {
	f, err := FormatOf(path)
	if err != nil {
		return err
	}
	opt.Format = f
	if err := opt.Validate(); err != nil {
		return err
	}
	if err := check(c); err != nil {
		return err
	}
	return fileio.WriteAtomic(path, func(w io.Writer) error {
		_, err := r.Render(w, c, opt)
		return err
	})
}

// WriteDataFile writes the data behind c to the file at path, CSV (with a
// BOM, for Excel) or JSON by its extension, atomically.
func WriteDataFile(path string, c Chart) error {
	var write func(io.Writer, Chart) error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		write = WriteCSV
	case ".json":
		write = WriteJSON
	default:
		return fmt.Errorf("%s: unknown data format %q, want .csv or .json", path, filepath.Ext(path))
	}
	return fileio.WriteAtomic(path, func(w io.Writer) error { return write(w, c) })
}
