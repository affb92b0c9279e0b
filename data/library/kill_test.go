package library

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zhibiao/zhibiao/data/segment"
)

// killChildEnv makes the test binary, run again as a child, import the
// folder it names into the library in $ZHIBIAO_KILL_HOME, printing one
// line per file written, until it is killed.
const killChildEnv = "ZHIBIAO_KILL_SRC"

func TestMain(m *testing.M) {
	if src := os.Getenv(killChildEnv); src != "" {
		os.Exit(killChild(src, os.Getenv("ZHIBIAO_KILL_HOME")))
	}
	os.Exit(m.Run())
}

func killChild(src, home string) int {
	l, err := Open(home, Options{Segmenter: segment.Default()})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("open")
	_, err = l.Import(context.Background(), []string{src}, func(p Progress) {
		if p.Last.Status == Added {
			fmt.Println("added", p.Last.Doc)
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// TestKillDuringImport starts a real import of a few hundred files in
// another process, kills it with SIGKILL at a random moment, and checks
// that the database is sound and consistent: every article the import
// reported is there, with its text, index and figures, and at most the
// file in flight more. $ZHIBIAO_KILL_RUNS sets the number of runs
// (scripts/kill-import.sh asks for 20); -short skips it.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	runs := 2
	if n, err := strconv.Atoi(os.Getenv("ZHIBIAO_KILL_RUNS")); err == nil {
		runs = n
	}
	src := t.TempDir()
	for i := range 400 {
		text := strings.Repeat(strings.ReplaceAll(reportB, "20亿元", strconv.Itoa(i)+"亿元"), 1+i%8)
		writeFile(t, filepath.Join(src, fmt.Sprintf("%03d", i/50), fmt.Sprintf("报告%03d.txt", i)), text)
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	passed := 0
	for run := range runs {
		home := t.TempDir()
		if killOnce(t, run, src, home, rng) {
			passed++
		}
	}
	t.Logf("kill during import: %d of %d runs sound", passed, runs)
	if passed != runs {
		t.Fail()
	}
}

func killOnce(t *testing.T, run int, src, home string, rng *rand.Rand) bool {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killChildEnv+"="+src, "ZHIBIAO_KILL_HOME="+home)
	out := &lockedBuffer{}
	cmd.Stdout = out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the first file written, then kill within the import
	// (which takes about a second on a quiet machine).
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(out.String(), "added") && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(time.Duration(rng.IntN(700)) * time.Millisecond)
	cmd.Process.Kill() // SIGKILL
	cmd.Wait()
	reported := strings.Count(out.String(), "added ")

	l, err := Open(home, Options{Segmenter: segment.Default()})
	if err != nil {
		t.Errorf("run %d: reopen: %v", run, err)
		return false
	}
	defer l.Close()
	var check string
	if err := l.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("run %d: integrity_check: %s %v", run, check, err)
		return false
	}
	var ftsCheck error
	_, ftsCheck = l.db.Exec("INSERT INTO passage_words(passage_words) VALUES ('integrity-check')")
	var users, texts, figs, orphans int
	q := func(sql string, v *int) {
		if err := l.db.QueryRow(sql).Scan(v); err != nil {
			t.Errorf("run %d: %s: %v", run, sql, err)
		}
	}
	q("SELECT count(*) FROM articles WHERE NOT embedded", &users)
	q("SELECT count(*) FROM texts t JOIN articles a ON a.rowid = t.article WHERE NOT a.embedded", &texts)
	q("SELECT count(*) FROM figures f JOIN articles a ON a.rowid = f.article WHERE NOT a.embedded", &figs)
	q(`SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.article = a.rowid)`, &orphans)
	ok := ftsCheck == nil && users == texts && users == figs && orphans == 0 && users >= reported && users <= reported+1
	if !ok {
		t.Errorf("run %d: reported %d added; database has %d articles, %d texts, %d figure sets, %d without passages; FTS check: %v",
			run, reported, users, texts, figs, orphans, ftsCheck)
	}
	t.Logf("run %d: killed after %d files reported, %d in the database", run, reported, users)
	return ok
}

// TestSecondProcessWhileImporting opens the library while another process
// imports into it: this one gets it read-only and says so, reads what the
// other has written, cannot write, and the database is sound after.
func TestSecondProcessWhileImporting(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	src, home := t.TempDir(), t.TempDir()
	for i := range 200 {
		writeFile(t, filepath.Join(src, fmt.Sprintf("报告%03d.txt", i)), strings.Repeat(strings.ReplaceAll(reportB, "20亿元", strconv.Itoa(i)+"亿元"), 4))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killChildEnv+"="+src, "ZHIBIAO_KILL_HOME="+home)
	out := &lockedBuffer{}
	cmd.Stdout = out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(60 * time.Second); !strings.Contains(out.String(), "added") && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	l, err := Open(home, Options{Segmenter: segment.Default()})
	if !errors.Is(err, ErrLocked) || l == nil || !l.ReadOnly() {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("Open beside a writing process: %v", err)
	}
	if _, err := l.List(); err != nil {
		t.Errorf("read-only List: %v", err)
	}
	if err := l.SetEdits("报告000.txt", Edits{}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only SetEdits: %v", err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("importing process: %v", err)
	}
	l.Close()
	l = openTest(t, home)
	var check string
	if err := l.db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity_check: %s %v", check, err)
	}
	if n := strings.Count(out.String(), "added "); n != 200 {
		t.Errorf("the writer added %d of 200", n)
	}
}
