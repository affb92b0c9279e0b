package fileio

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tempPrefix and tempSuffix name WriteAtomic's temporary files, so that
// CleanTemps removes only ours.
const (
	tempPrefix = ".zhibiao-"
	tempSuffix = ".tmp"
)

// CleanTemps removes the temporary files that WriteAtomic left in dir when
// it was killed mid-write, if they are older than age (younger ones may be
// another running export's). It returns how many it removed.
func CleanTemps(dir string, age time.Duration) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, tempPrefix) || !strings.HasSuffix(name, tempSuffix) {
			continue
		}
		if info, err := e.Info(); err != nil || time.Since(info.ModTime()) < age {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			n++
		}
	}
	return n
}
