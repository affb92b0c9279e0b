package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/zhibiao/zhibiao/data/fileio"
)

// prefsPath is where Fyne keeps the preferences of app id (Fyne's
// internal/app rootConfigDir, which is not importable).
func prefsPath(id string) string {
	var root string
	switch runtime.GOOS {
	case "windows":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "AppData", "Roaming", "fyne")
	case "darwin":
		home, _ := os.UserHomeDir()
		root = filepath.Join(home, "Library", "Preferences", "fyne")
	default:
		cfg, _ := os.UserConfigDir()
		root = filepath.Join(cfg, "fyne")
	}
	return filepath.Join(root, id, "preferences.json")
}

// repairPrefs checks the preferences file at path before Fyne reads it:
// Fyne's loader panics on a list of mixed types ({"library.files":
// ["/a.txt", 5]}) and silently starts from defaults on a file it cannot
// parse, which loses the library. A file that is not JSON is moved aside
// to a backup; a list of mixed types keeps the items of its first item's
// type, and the original is backed up. It returns a note for the user
// when anything was changed, naming the backup; "" when all was well.
func repairPrefs(path string) (string, error) {
	b, err := fileio.ReadRegular(path, 16<<20)
	if errors.Is(err, fs.ErrNotExist) || err == nil && len(b) == 0 {
		return "", nil
	}
	backup := fmt.Sprintf("%s.bad-%s", path, time.Now().UTC().Format("20060102T150405Z"))
	var values map[string]any
	if err != nil || json.Unmarshal(b, &values) != nil {
		if err := os.Rename(path, backup); err != nil {
			return "", fmt.Errorf("preferences %s cannot be read nor moved aside: %w", path, err)
		}
		return fmt.Sprintf("偏好设置无法读取，已另存为 %s，本次使用默认设置。\nThe preferences could not be read: they were kept as %s and the defaults are used.", backup, backup), nil
	}
	if !repairValues(values) {
		return "", nil
	}
	if err := os.WriteFile(backup, b, 0o600); err != nil {
		return "", fmt.Errorf("back up preferences %s: %w", path, err)
	}
	if err := fileio.WriteAtomic(path, func(w io.Writer) error { return json.NewEncoder(w).Encode(values) }); err != nil {
		return "", err
	}
	return fmt.Sprintf("偏好设置中有无效条目，已修复；原文件另存为 %s。\nSome preferences were malformed and were repaired; the original was kept as %s.", backup, backup), nil
}

// repairValues makes values loadable by Fyne: what Fyne never writes (an
// object, null) is dropped, and a list keeps only the items of its first
// item's type. It reports whether anything changed.
func repairValues(values map[string]any) bool {
	changed := false
	for k, v := range values {
		switch v := v.(type) {
		case bool, float64, string:
		case []any:
			if kept := sameTypeItems(v); len(kept) != len(v) {
				values[k] = kept
				changed = true
			}
		default:
			delete(values, k)
			changed = true
		}
	}
	return changed
}

func sameTypeItems(items []any) []any {
	kept := []any{}
	for _, it := range items {
		switch it.(type) {
		case bool, float64, string:
			if len(kept) == 0 || fmt.Sprintf("%T", kept[0]) == fmt.Sprintf("%T", it) {
				kept = append(kept, it)
			}
		}
	}
	return kept
}
