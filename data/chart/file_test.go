package chart

import (
	"bytes"
	"errors"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhibiao/zhibiao/data/fileio"
)

func TestWriteFile(t *testing.T) {
	r := renderer(t)
	c := sampleCharts(t)["growth"]
	dir := t.TempDir()

	p := filepath.Join(dir, "增速.PNG")
	if err := r.WriteFile(p, c, Options{Width: 400, Height: 300, Scale: 2, Format: SVG}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	if cfg, err := png.DecodeConfig(bytes.NewReader(b)); err != nil || cfg.Width != 800 || cfg.Height != 600 {
		t.Errorf("png %v %v", cfg, err)
	}

	s := filepath.Join(dir, "增速.svg")
	if err := r.WriteFile(s, c, Options{}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(s); !bytes.HasPrefix(b, []byte("<?xml")) {
		t.Errorf("svg starts %.20q", b)
	}

	// Bad options write nothing, not even over an old file.
	old := []byte("old chart")
	os.WriteFile(p, old, 0o644)
	if err := r.WriteFile(p, c, Options{Width: 5}); err == nil {
		t.Error("no error for a 5-pixel chart")
	}
	if b, _ := os.ReadFile(p); !bytes.Equal(b, old) {
		t.Error("the old file was touched")
	}
	if err := r.WriteFile(filepath.Join(dir, "c.jpg"), c, Options{}); err == nil || !strings.Contains(err.Error(), ".jpg") {
		t.Errorf("err = %v", err)
	}
	err := r.WriteFile(filepath.Join(dir, "missing", "c.png"), c, Options{})
	var fe *fileio.Error
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("err = %v, want a *fileio.Error saying the folder does not exist", err)
	}
}

func TestWriteDataFile(t *testing.T) {
	c := sampleCharts(t)["level"]
	dir := t.TempDir()
	for _, name := range []string{"data.csv", "data.JSON"} {
		p := filepath.Join(dir, name)
		if err := WriteDataFile(p, c); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		if !bytes.Contains(b, []byte("重点项目完成投资")) {
			t.Errorf("%s lacks the data: %.80q", name, b)
		}
	}
	if err := WriteDataFile(filepath.Join(dir, "data.xlsx"), c); err == nil {
		t.Error("no error for .xlsx")
	}
}
