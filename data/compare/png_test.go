package compare

import (
	"bytes"
	"image/png"
	"testing"
)

func pngSize(t *testing.T, b []byte) [2]int {
	t.Helper()
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return [2]int{cfg.Width, cfg.Height}
}
