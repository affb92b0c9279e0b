package library

import (
	"path/filepath"
	"testing"
)

// A page that is all markup (a script, no text) and an empty file are
// articles with an empty text, added like any other: the texts table
// takes no NULL, and a nil text once failed the import with a database
// error the user could do nothing about.
func TestImportTextlessFiles(t *testing.T) {
	src := t.TempDir()
	writeFile(t, filepath.Join(src, "脚本.html"), "<html><body><script>var a=1;</script></body></html>")
	writeFile(t, filepath.Join(src, "空白.txt"), "")
	l := openTest(t, t.TempDir())
	for _, r := range importAll(t, l, src) {
		if r.Status != Added {
			t.Errorf("%s: %s (%v), want added", filepath.Base(r.Path), r.Status, r.Err)
		}
	}
}
