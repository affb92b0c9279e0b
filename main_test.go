package main

import (
	"bytes"
	"os"
	"os/exec"
	"testing"

	"github.com/zhibiao/zhibiao/app"
)

// Under LANG=C.UTF-8 a headless command writes nothing to standard error:
// package clocale runs before Fyne's lang package could complain. The
// test re-runs its own binary so that package initialisation happens under
// that environment.
func TestCLocaleKeepsStderrClean(t *testing.T) {
	if os.Getenv("ZHIBIAO_TEST_CHILD") == "1" {
		os.Exit(app.Main([]string{"version"}))
	}
	cmd := exec.Command(os.Args[0], "-test.run=TestCLocaleKeepsStderrClean")
	cmd.Env = append(os.Environ(), "ZHIBIAO_TEST_CHILD=1", "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=", "LANGUAGE=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("zhibiao version: %v; stderr: %s", err, stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr not empty under LANG=C.UTF-8:\n%s", stderr.String())
	}
	if !bytes.HasPrefix(stdout.Bytes(), []byte("zhibiao ")) {
		t.Errorf("stdout %q", stdout.String())
	}
}
