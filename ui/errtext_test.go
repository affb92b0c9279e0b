package ui

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/test"

	"github.com/zhibiao/zhibiao/data/compare"
	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/fileio"
	"github.com/zhibiao/zhibiao/data/gazetteer"
	"github.com/zhibiao/zhibiao/data/library"
)

// sqliteError returns a real SQLite error: "notadb" opens a file of
// garbage, "busy" writes while another connection holds the database.
func sqliteError(t *testing.T, kind string) error {
	t.Helper()
	path := filepath.Join(t.TempDir(), "文库.db")
	if kind == "notadb" {
		if err := os.WriteFile(path, []byte(strings.Repeat("这不是数据库", 200)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if kind == "notadb" {
		_, err = db.Exec("CREATE TABLE t (x)")
		return err
	}
	if _, err := db.Exec("CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	hold, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Rollback()
	if _, err := hold.Exec("INSERT INTO t VALUES (1)"); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(0)")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, err = other.Exec("INSERT INTO t VALUES (2)")
	return err
}

// Every known cause of a failure is said in the interface language, in
// English and in Chinese (no English word in the Chinese), from the
// errors as they come: the system's, SQLite's, Fyne's and our own.
func TestErrorReasonsInBothLanguages(t *testing.T) {
	test.NewTempApp(t)
	places, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "报告.txt")
	if err := os.WriteFile(big, []byte("全市地区生产总值增长5.0%。"), 0o600); err != nil {
		t.Fatal(err)
	}
	read := func(path string, limit int64) error { _, err := fileio.ReadRegular(path, limit); return err }
	_, _, binary := corpus.FileText("x.txt", []byte{0, 1, 2, 0xff, 0xfe, 0, 0, 3, 0, 0, 0, 0})
	_, missing := os.Open(filepath.Join(dir, "没有.txt"))
	_, isDir := os.ReadFile(dir)
	cases := []struct {
		name   string
		err    error
		en, zh string
	}{
		{"missing file", missing, "The file does not exist.", "文件不存在。"},
		{"permission", &fs.PathError{Op: "open", Path: big, Err: syscall.EACCES}, "You do not have permission to use this file.", "没有使用此文件的权限。"},
		{"disk full", &fs.PathError{Op: "write", Path: big, Err: syscall.ENOSPC}, "The disk is full.", "磁盘已满。"},
		{"read-only disk", &fs.PathError{Op: "open", Path: big, Err: syscall.EROFS}, "The disk is read-only.", "磁盘为只读。"},
		{"is a directory", isDir, "This is a folder, not a file.", "这是文件夹，不是文件。"},
		{"folder", read(dir, 1<<20), "This is a folder, not a file.", "这是文件夹，不是文件。"},
		{"device", read(os.DevNull, 1<<20), "This is a device, not a file.", "这是设备，不是文件。"},
		{"pipe", fmt.Errorf("open x: %w, not a file", fileio.ErrPipe), "This is a named pipe (FIFO), not a file.", "这是命名管道（FIFO），不是文件。"},
		{"too large", read(big, 4), "The file is too large.", "文件太大。"},
		{"binary", binary, "This is not a text file (binary data or an unknown encoding).", "这不是文本文件（二进制数据或未知编码）。"},
		{"japanese", fmt.Errorf("x.txt: %w", corpus.ErrJapanese), "The text is in a Japanese encoding (Shift-JIS or EUC-JP), which is not supported: save it as UTF-8.", "文本为日文编码（Shift-JIS 或 EUC-JP），不受支持：请另存为 UTF-8。"},
		{"database busy", sqliteError(t, "busy"), "The library is busy (another Zhibiao is writing to it): try again in a moment.", "文库正忙（另一个指标窗口正在写入）：请稍后再试。"},
		{"database corrupt", sqliteError(t, "notadb"), "The library database is damaged.", "文库数据库已损坏。"},
		{"read-only library", fmt.Errorf("put: %w", library.ErrReadOnly), "Another Zhibiao has the library open: it is read-only here.", "另一个指标窗口正在使用文库：此处只读。"},
		{"fyne: no such document", storage.ErrNotExists, "The file does not exist.", "文件不存在。"},
		{"fyne: not supported", repository.ErrOperationNotSupported, "This location cannot be used here: choose a folder on this computer.", "此处不能使用该位置：请选择本机上的文件夹。"},
		{"no such place", func() error { _, err := compare.Resolve(places, "无此地"); return err }(), "No such place in the gazetteer.", "地名库中没有这个地方。"},
	}
	for _, l := range []Language{LangEnglish, LangChinese} {
		if err := useLanguage(l); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if c.err == nil {
				t.Errorf("%s: no error to explain", c.name)
				continue
			}
			want := c.en
			if l == LangChinese {
				want = c.zh
			}
			got := explained(tr("Could not import"), c.err)
			if msg := got.Error(); !strings.HasSuffix(msg, "\n"+want) {
				t.Errorf("%s, %s: %q (%v), want %q", l, c.name, msg, c.err, want)
			} else if bad := englishWords([]string{msg}, encodingNames); l == LangChinese && len(bad) > 0 {
				t.Errorf("%s, %s: English words %v", l, c.name, bad)
			}
			if !errors.Is(got, c.err) {
				t.Errorf("%s, %s: the cause is lost for errors.Is", l, c.name)
			}
		}
		odd := explained(tr("Could not import"), errors.New("frobnicator jammed"))
		if !strings.Contains(odd.Error(), tr("An unexpected error occurred.")) || !strings.Contains(odd.Error(), "frobnicator jammed") {
			t.Errorf("%s: an unknown error lost its heading or its details: %q", l, odd.Error())
		}
	}
	if err := useLanguage(LangSystem); err != nil {
		t.Fatal(err)
	}
}

// encodingNames are the Latin names a Chinese error may carry.
var encodingNames = map[string]bool{"FIFO": true, "Shift": true, "JIS": true, "EUC": true, "JP": true}
