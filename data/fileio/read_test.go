package fileio

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestReadRegular(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "报告.txt")
	if err := os.WriteFile(text, []byte("地区生产总值增长5.0%"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(text, link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{text, link} {
		b, err := ReadRegular(p, 1<<20)
		if err != nil || string(b) != "地区生产总值增长5.0%" {
			t.Errorf("%s: %q, %v", p, b, err)
		}
	}
	if _, err := ReadRegular(text, 27); !errors.Is(err, ErrTooLarge) {
		t.Errorf("28 bytes with a limit of 27: %v, want ErrTooLarge", err)
	}
	if b, err := ReadRegular(text, 28); err != nil || len(b) != 28 {
		t.Errorf("28 bytes with a limit of 28: %d bytes, %v", len(b), err)
	}
}

// TestReadRegularSpecial: a folder, a FIFO, a device and a link to a
// device are refused at once, saying what they are; none is read.
func TestReadRegularSpecial(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ path, want string }{{dir, "folder"}}
	if _, err := os.Stat("/dev/zero"); err == nil {
		link := filepath.Join(dir, "zero.txt")
		if err := os.Symlink("/dev/zero", link); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct{ path, want string }{"/dev/zero", "device"}, struct{ path, want string }{link, "device"})
	}
	if fifo := filepath.Join(dir, "fifo.txt"); mkfifo(fifo) == nil {
		cases = append(cases, struct{ path, want string }{fifo, "named pipe"})
	}
	for _, c := range cases {
		done := make(chan error, 1)
		go func() {
			_, err := ReadRegular(c.path, 32<<20)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) {
				t.Errorf("%s: error %v, want one naming the file and saying %q", c.path, err, c.want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: still reading after 5 s", c.path)
		}
	}
}
