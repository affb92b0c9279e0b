package app

import (
	"bytes"
	"os"
	"os/exec"
	"testing"
)

// `zhibiao extract | head` (or `| more` on Windows): once the reader has
// gone, the command stops quietly with exit 0 — no "broken pipe" on
// stderr, no exit 1, no death by SIGPIPE. The test re-runs its own binary
// with standard output a pipe whose reading end is already closed.
func TestBrokenPipeIsQuiet(t *testing.T) {
	if os.Getenv("ZHIBIAO_PIPE_CHILD") == "1" {
		os.Exit(Main([]string{"extract"}))
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close() // the reader is gone before the first line
	cmd := exec.Command(os.Args[0], "-test.run=^TestBrokenPipeIsQuiet$")
	cmd.Env = append(os.Environ(), "ZHIBIAO_PIPE_CHILD=1", "LANGUAGE=en") // Fyne would log about a C locale
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = w, &stderr
	err = cmd.Run()
	w.Close()
	if err != nil {
		t.Errorf("zhibiao extract into a closed pipe: %v", err)
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr: %q", stderr.String())
	}
}
