package fileio

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// unprivilegedEnv marks the run of a test binary that asUnprivileged
// started as an ordinary user.
const unprivilegedEnv = "ZHIBIAO_TEST_UNPRIVILEGED"

// asUnprivileged makes a test about file permissions mean something when
// the tests run as root (as CI does), for whom no permission bites: it runs
// this test again in a copy of the test binary as the user nobody, through
// setpriv, and reports its result. It returns true when the caller should
// run the test's body itself (it is not root); it skips where there is no
// ordinary user to become (Windows, no setpriv, no right to switch).
func asUnprivileged(t *testing.T) bool {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	if os.Geteuid() != 0 {
		return true
	}
	if os.Getenv(unprivilegedEnv) != "" {
		t.Fatal("still root after setpriv")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("running as root and no setpriv to become an ordinary user")
	}
	// nobody must reach the binary and a temporary folder of its own.
	dir := t.TempDir()
	for _, d := range []string{dir, filepath.Dir(dir)} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "fileio.test")
	copyFile(t, bin)
	tmp := filepath.Join(dir, "tmp")
	if err := os.Mkdir(tmp, 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(tmp, 0o777); err != nil { // past the umask
		t.Fatal(err)
	}
	cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
		bin, "-test.run", "^"+t.Name()+"$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), unprivilegedEnv+"=1", "TMPDIR="+tmp, "HOME="+tmp)
	out, err := cmd.CombinedOutput()
	switch {
	case strings.Contains(string(out), "setpriv:"):
		t.Skipf("cannot become an ordinary user: %s", strings.TrimSpace(string(out)))
	case strings.Contains(string(out), "error while loading shared libraries"):
		// a root folder only root may enter (a bare chroot made with
		// mktemp): nobody cannot start a program here at all
		t.Skipf("the user nobody cannot run programs here: %s", strings.TrimSpace(string(out)))
	case err != nil:
		t.Fatalf("as the user nobody: %v\n%s", err, out)
	case !strings.Contains(string(out), "--- PASS: "+t.Name()):
		t.Fatalf("as the user nobody, the test did not pass:\n%s", out)
	}
	return false
}

// copyFile copies the running test binary to path, executable by all.
func copyFile(t *testing.T, path string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Skipf("cannot find the test binary: %v", err)
	}
	in, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
