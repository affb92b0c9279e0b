package app

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// appID names Zhibiao to the system: Fyne keeps the preferences and the
// library's list of files under it, the Linux menu entry and icon are
// named after it, the window's WM_CLASS is it, and macOS's bundle
// identifier is it. It must match FyneApp.toml. It is the reverse-DNS
// name of the project's home, github.com/zhibiao/zhibiao, in Flathub's
// form (io.github.OWNER.APP), which the project can prove it owns and keep.
const appID = "io.github.zhibiao.Zhibiao"

// formerAppIDs are the ids earlier releases stored their preferences
// under, newest first.
func formerAppIDs() []string { return []string{"io.github.zhibiao"} }

// fyneConfigRoot is the folder under which Fyne keeps each app's storage
// (fyne.io/fyne/v2/internal/app.RootConfigDir, which is internal): the
// user's configuration folder on Linux and Windows (%APPDATA%),
// ~/Library/Preferences on macOS, each with "fyne" added.
// TestConfigRootIsFyne checks it against Fyne's own answer.
func fyneConfigRoot(goos string) (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	switch goos {
	case "darwin":
		return filepath.Join(home, "Library", "Preferences", "fyne"), nil
	case "windows":
		return filepath.Join(home, "AppData", "Roaming", "fyne"), nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "fyne"), nil
}

// adoptFormerStorage moves the storage of an earlier app id to id's
// folder under root, the first time the app starts under id: the user's
// settings, the article they were reading and the files they added come
// along. It does nothing once id's folder exists.
func adoptFormerStorage(root, id string, former []string) error {
	dst := filepath.Join(root, id)
	if _, err := os.Stat(dst); !errors.Is(err, fs.ErrNotExist) {
		return err // nil when it exists: nothing to do
	}
	for _, old := range former {
		src := filepath.Join(root, old)
		if st, err := os.Stat(src); err != nil || !st.IsDir() {
			continue
		}
		if err := os.Rename(src, dst); err != nil {
			return fmt.Errorf("move the settings of %s to %s: %w", src, dst, err)
		}
		return nil
	}
	return nil
}

// migrateStorage runs adoptFormerStorage for this system; a failure is
// reported in one line and the app starts with fresh settings.
func migrateStorage(stderr io.Writer, goos string) {
	root, err := fyneConfigRoot(goos)
	if err == nil {
		err = adoptFormerStorage(root, appID, formerAppIDs())
	}
	if err != nil {
		fmt.Fprintf(stderr, "zhibiao: %v\n", err)
	}
}
