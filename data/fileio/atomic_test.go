package fileio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// leftovers lists the files in dir other than the expected ones.
func leftovers(t *testing.T, dir string, want ...string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var extra []string
outer:
	for _, e := range entries {
		for _, w := range want {
			if e.Name() == w {
				continue outer
			}
		}
		extra = append(extra, e.Name())
	}
	return extra
}

func TestWriteAtomicNewFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "图表.csv")
	if err := WriteAtomic(path, writeString("\uFEFF名称,数值\n")); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "\uFEFF名称,数值\n" {
		t.Errorf("content %q", got)
	}
	if runtime.GOOS != "windows" {
		st, _ := os.Stat(path)
		if st.Mode().Perm() != 0o644 {
			t.Errorf("new file mode %v, want 0644", st.Mode().Perm())
		}
	}
	if extra := leftovers(t, dir, "图表.csv"); len(extra) > 0 {
		t.Errorf("left behind %v", extra)
	}
}

func TestWriteAtomicReplacesAndKeepsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "chart.png")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(path, writeString("new content")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != "new content" {
		t.Errorf("content %q", got)
	}
	if runtime.GOOS != "windows" {
		st, _ := os.Stat(path)
		if st.Mode().Perm() != 0o600 {
			t.Errorf("mode %v, want the old file's 0600", st.Mode().Perm())
		}
	}
}

// A write that fails halfway leaves the old file whole and no temporary
// file behind.
func TestWriteAtomicFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "chart.png")
	old := strings.Repeat("old chart bytes ", 1000)
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("encoder gave up")
	err := WriteAtomic(path, func(w io.Writer) error {
		if _, err := io.WriteString(w, "half of a new chart"); err != nil {
			return err
		}
		return fmt.Errorf("encode png: %w", boom)
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want it to wrap the write's error", err)
	}
	if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "encode png") {
		t.Errorf("error %q should name the file and keep the cause", err)
	}
	got, _ := os.ReadFile(path)
	if string(got) != old {
		t.Errorf("old file changed: %.40q…", got)
	}
	if extra := leftovers(t, dir, "chart.png"); len(extra) > 0 {
		t.Errorf("left behind %v", extra)
	}
}

func TestWriteAtomicPanicCleansUp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.svg")
	func() {
		defer func() { recover() }()
		WriteAtomic(path, func(w io.Writer) error {
			io.WriteString(w, "<svg")
			panic("renderer bug")
		})
	}()
	if extra := leftovers(t, dir); len(extra) > 0 {
		t.Errorf("left behind %v", extra)
	}
}

func TestWriteAtomicDiskFull(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "figures.json")
	os.WriteFile(path, []byte("[]"), 0o644)
	// What a full disk looks like to the writer: the write to the
	// temporary file fails with ENOSPC.
	err := WriteAtomic(path, func(w io.Writer) error {
		return &fs.PathError{Op: "write", Path: w.(*os.File).Name(), Err: syscall.ENOSPC}
	})
	if !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("err = %v, want ENOSPC", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "disk is full") || !strings.Contains(msg, path) || strings.Contains(msg, ".tmp") {
		t.Errorf("message %q should name %s, say the disk is full, and not mention the temporary file", msg, path)
	}
	if got, _ := os.ReadFile(path); string(got) != "[]" {
		t.Errorf("old file changed: %q", got)
	}
}

func TestWriteAtomicBadTargets(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plain")
	os.WriteFile(file, []byte("x"), 0o644)
	for _, tc := range []struct {
		name, path string
		is         error
		says       string
	}{
		{"missing folder", filepath.Join(dir, "nope", "chart.png"), fs.ErrNotExist, "does not exist"},
		{"folder is a file", filepath.Join(file, "chart.png"), nil, "is not a folder"},
		{"target is a folder", dir, nil, "is a folder"},
		{"no name", "", nil, "no file name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			called := false
			err := WriteAtomic(tc.path, func(w io.Writer) error { called = true; return nil })
			if err == nil {
				t.Fatal("no error")
			}
			var fe *Error
			if !errors.As(err, &fe) {
				t.Errorf("%T is not *fileio.Error", err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("err %v is not %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.says) {
				t.Errorf("error %q does not say %q", err, tc.says)
			}
			if called {
				t.Error("write was called for a target that cannot be written")
			}
		})
	}
	if got, _ := os.ReadFile(file); string(got) != "x" {
		t.Errorf("plain file changed: %q", got)
	}
}

// A read-only folder: the write fails, says why, and leaves the old file.
// Root ignores permissions, so as root (CI) the test runs again as the
// user nobody (asUnprivileged).
func TestWriteAtomicReadOnlyFolder(t *testing.T) {
	if !asUnprivileged(t) {
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "chart.png")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	err := WriteAtomic(path, writeString("new"))
	if !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "read-only") {
		t.Fatalf("err = %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("old file changed: %q", got)
	}
}

// A symbolic link planted at the target is replaced, not followed.
func TestWriteAtomicNotThroughSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symlinks need privileges on Windows")
	}
	dir := t.TempDir()
	real := filepath.Join(dir, "real.csv")
	link := filepath.Join(dir, "link.csv")
	os.WriteFile(real, []byte("old"), 0o644)
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(link, writeString("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(real); string(got) != "old" {
		t.Errorf("the file the link pointed to was written: %q", got)
	}
	if st, err := os.Lstat(link); err != nil || !st.Mode().IsRegular() {
		t.Errorf("the link was not replaced by a file: %v", err)
	}
	if got, _ := os.ReadFile(link); string(got) != "new" {
		t.Errorf("new file content %q", got)
	}
}

// An error about another file keeps that file's name.
func TestWriteAtomicKeepsOtherPaths(t *testing.T) {
	dir := t.TempDir()
	err := WriteAtomic(filepath.Join(dir, "out.csv"), func(w io.Writer) error {
		_, err := os.Open(filepath.Join(dir, "source.txt"))
		return fmt.Errorf("read the figures: %w", err)
	})
	if err == nil || !strings.Contains(err.Error(), "source.txt") || strings.Contains(err.Error(), "folder") {
		t.Errorf("err = %v, want it to name source.txt and not blame the folder", err)
	}
}
