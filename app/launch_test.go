package app

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Finder's process serial number is dropped on macOS only; the rest of
// the command line is left alone.
func TestLaunchArgs(t *testing.T) {
	tests := []struct {
		goos string
		args []string
		want []string
	}{
		{"darwin", []string{"-psn_0_1234567"}, []string{}},
		{"darwin", []string{"-psn_0_1234567", "/Users/李明/报告.txt"}, []string{"/Users/李明/报告.txt"}},
		{"darwin", []string{"extract", "--format", "csv"}, []string{"extract", "--format", "csv"}},
		{"darwin", nil, nil},
		{"linux", []string{"-psn_0_1234567"}, []string{"-psn_0_1234567"}},
		{"windows", []string{"-psn_0_1234567"}, []string{"-psn_0_1234567"}},
	}
	for _, tt := range tests {
		got := launchArgs(tt.goos, tt.args)
		if len(got) != len(tt.want) || !slices.Equal(got, tt.want) {
			t.Errorf("launchArgs(%s, %q) = %q, want %q", tt.goos, tt.args, got, tt.want)
		}
	}
}

// Paths open in the window, folders too (`zhibiao reports/` was refused
// with "is a folder, not a file": a folder's reports are imported, as
// File → Add Folder imports them); subcommands run; anything else is a
// usage error that names it.
func TestLaunchFiles(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "温县2024年政府工作报告.txt")
	notes := filepath.Join(dir, "马村区经济运行.md")
	for _, p := range []string{report, notes} {
		if err := os.WriteFile(p, []byte("2024年，温县地区生产总值增长6.1%。\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	tests := []struct {
		args    []string
		want    []string
		wantErr string
	}{
		{nil, nil, ""},
		{[]string{"extract", "--format", "csv"}, nil, ""},
		{[]string{"version"}, nil, ""},
		{[]string{"help"}, nil, ""},
		{[]string{"--help"}, nil, ""},
		{[]string{report}, []string{report}, ""},
		{[]string{report, notes}, []string{report, notes}, ""},
		{[]string{"马村区经济运行.md"}, []string{notes}, ""}, // relative: made absolute
		{[]string{"extrct"}, nil, `unknown command "extrct"`},
		{[]string{filepath.Join(dir, "不存在.txt")}, nil, "no such file"},
		{[]string{report, "typo.txt"}, nil, "no such file or folder: typo.txt"},
		{[]string{dir}, []string{dir}, ""},
		{[]string{"."}, []string{dir}, ""}, // the working folder, made absolute
		{[]string{dir, report}, []string{dir, report}, ""},
	}
	for _, tt := range tests {
		got, err := launchFiles(tt.args)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("launchFiles(%q): error %v, want %q", tt.args, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("launchFiles(%q) = %q, %v; want %q", tt.args, got, err, tt.want)
		}
	}
}

// A mistyped command or a missing file is a usage error (exit 2) with
// one line on stderr; subcommands still run.
func TestMainUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"extrct"}, {"不存在的报告.txt"}} {
		code, stderr := runMain(t, args)
		if code != exitUsage || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, args[0]) {
			t.Errorf("zhibiao %q: exit %d, stderr %q", args, code, stderr)
		}
	}
}

// runMain runs Main with stderr captured (Main writes to os.Stderr).
func runMain(t *testing.T, args []string) (int, string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stderr
	os.Stderr = w
	code := Main(args)
	os.Stderr = saved
	w.Close()
	var b bytes.Buffer
	b.ReadFrom(r)
	return code, b.String()
}
