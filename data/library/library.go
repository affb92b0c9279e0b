// Package library is the user's library of articles: a SQLite database in
// a folder the caller names (the app's storage folder, or $ZHIBIAO_HOME).
// For each article it keeps the text as imported, so that a moved or
// deleted source file loses nothing, the metadata the text gives and the
// user's edits to it apart, the figures the extractor found (with the
// extractor's version, to re-extract after an upgrade) and a full-text
// index of the words as gse cuts them (SQLite FTS5, ranked by BM25).
//
// The embedded articles are kept in the database too, with their ids, so
// that one index answers a search over everything.
//
// One process writes at a time: Open takes a lock file beside the database,
// and a second process gets the library read-only, and is told so.
package library

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/zhibiao/zhibiao/data/corpus"
	"github.com/zhibiao/zhibiao/data/figure"
	"github.com/zhibiao/zhibiao/data/segment"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, FTS5 included
)

// FileName is the database's name in the library folder.
const FileName = "library.db"

// lockName is the lock file held by the one process that writes.
const lockName = "library.lock"

// Errors Open reports while still returning a usable library (see
// OpenError).
var (
	// ErrDamaged: the database could not be read; it was moved aside and
	// a new one started.
	ErrDamaged = errors.New("the library database is damaged")
	// ErrNewer: the database was written by a newer Zhibiao; it was moved
	// aside and a new one started.
	ErrNewer = errors.New("the library database is from a newer version of Zhibiao")
	// ErrLocked: another Zhibiao is writing to the library; this one has it
	// read-only.
	ErrLocked = errors.New("another Zhibiao has the library open; it is read-only here")
	// ErrReadOnly is returned by every change to a read-only library.
	ErrReadOnly = errors.New("the library is read-only (another Zhibiao has it open)")
	// ErrNotFound: no article has that id.
	ErrNotFound = errors.New("no such article in the library")
)

// OpenError is what Open has to tell the user although the library it
// returns works: the database was damaged or newer and was moved aside
// (MovedTo), or another process holds it and it is read-only. Kind is one
// of ErrDamaged, ErrNewer, ErrLocked; errors.Is matches it.
type OpenError struct {
	Kind    error
	MovedTo string // where the old database now is; "" for ErrLocked
	Cause   error  // what SQLite said, for the log
}

func (e *OpenError) Error() string {
	if e.MovedTo != "" {
		return fmt.Sprintf("%v; it was kept as %s and a new library started (%v)", e.Kind, e.MovedTo, e.Cause)
	}
	return e.Kind.Error()
}

func (e *OpenError) Unwrap() error { return e.Kind }

// Options configure Open; the zero value is the app's.
type Options struct {
	// Segmenter cuts the texts into words for the index; default
	// segment.Default(), fetched when first wanted (an import, a search,
	// new embedded articles), so that opening the library does not start
	// loading the dictionary: the window opens it before it shows.
	Segmenter *segment.Segmenter
	// Extract finds an article's figures at import, and ExtractorVersion
	// stamps them; defaults figure.Extract and figure.Version.
	Extract          func(*corpus.Article) []figure.Figure
	ExtractorVersion string
	// extractContext is the default Extract that stops when the import
	// is cancelled and tells its step how far it has gone; nil when
	// Extract was given.
	extractContext func(context.Context, *corpus.Article, func(float64)) ([]figure.Figure, error)
	// Locate settles the place an article is about, from its text, when
	// it is imported: a.Region and a.RegionCode; default figure.Locate
	// with the national gazetteer.
	Locate func(a *corpus.Article)
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Workers is how many files are read and analysed at once during an
	// import; default 2.
	Workers int
	// DeferEmbedded has Open leave the embedded articles the database
	// does not hold yet to SyncEmbedded, listing them meanwhile from the
	// binary: the window shows first and puts them in after (see
	// pendingSeeds). The command line leaves it off: it searches at once.
	DeferEmbedded bool
}

// Library is an open library. Its methods are safe for concurrent use.
type Library struct {
	db       *sql.DB
	dir      string
	readOnly bool
	lock     *os.File
	opt      Options
	seeds    *embeddedSeeds // the shipped articles, parsed when read

	writeMu sync.Mutex // one writing transaction at a time
	seg     func() *segment.Segmenter
	pending pendingSeeds // see Options.DeferEmbedded
}

// Open opens (or creates) the library in dir. It always returns a usable
// library unless err is neither nil nor an *OpenError: when the database is
// damaged or from a newer version it is renamed aside with a time stamp and
// a new one started, and when another process writes to it this one gets it
// read-only; err says which.
func Open(dir string, opt Options) (*Library, error) {
	opt = opt.withDefaults()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("library folder %s: %w", dir, err)
	}
	seeds, err := loadEmbeddedSeeds()
	if err != nil {
		return nil, err
	}
	l := &Library{dir: dir, opt: opt, seeds: seeds, seg: segmenterOf(opt)}
	l.lock, err = lockFile(filepath.Join(dir, lockName))
	if errors.Is(err, errHeld) {
		return l.openReadOnly()
	}
	if err != nil {
		return nil, fmt.Errorf("library lock %s: %w", dir, err)
	}
	notice, err := l.openWriter()
	if err != nil {
		l.Close()
		return nil, err
	}
	if notice != nil {
		return l, notice
	}
	return l, nil
}

func (o Options) withDefaults() Options {
	if o.Extract == nil {
		o.Extract, o.ExtractorVersion = figure.Extract, figure.Version
		// figure.Default() loads the gazetteer: called only when a file is
		// imported, not when the library opens (the window waits for Open)
		o.extractContext = func(ctx context.Context, a *corpus.Article, progress func(float64)) ([]figure.Figure, error) {
			return figure.Default().ExtractProgress(ctx, a, progress)
		}
	}
	if o.Locate == nil {
		o.Locate = func(a *corpus.Article) { figure.Locate(figure.Default().Places, a) }
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	return o
}

// segmenterOf is the segmenter the options give, or the shared one,
// fetched on first use.
func segmenterOf(o Options) func() *segment.Segmenter {
	if o.Segmenter != nil {
		return func() *segment.Segmenter { return o.Segmenter }
	}
	return segment.Default
}

func (l *Library) path() string { return filepath.Join(l.dir, FileName) }

// connect opens the database file with the settings every connection
// needs: WAL, so that readers never wait for the writer; synchronous=NORMAL,
// which in WAL mode loses nothing on a crash of the process (only on a
// power cut, the last commits); and a busy timeout for the moments two
// processes meet.
func connect(path string, readOnly bool) (*sql.DB, error) {
	dsn := "file:" + filepath.ToSlash(path) +
		"?_txlock=immediate&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	if readOnly {
		dsn += "&_pragma=query_only(1)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	return db, nil
}

// openWriter opens the database for writing, moving a damaged or newer one
// aside, and migrates it and the embedded articles to this version.
func (l *Library) openWriter() (*OpenError, error) {
	var notice *OpenError
	for attempt := 0; ; attempt++ {
		db, err := connect(l.path(), false)
		if err != nil {
			return nil, err
		}
		kind, cause := l.check(db)
		if kind == nil {
			l.db = db
			break
		}
		db.Close()
		if attempt > 0 || (kind != ErrDamaged && kind != ErrNewer) {
			return nil, fmt.Errorf("library %s: %w", l.path(), cause)
		}
		moved, err := moveAside(l.path(), l.opt.Now())
		if err != nil {
			return nil, fmt.Errorf("library %s: %v, and it could not be moved aside: %w", l.path(), cause, err)
		}
		notice = &OpenError{Kind: kind, MovedTo: moved, Cause: cause}
	}
	syncSeeds := l.syncEmbedded
	if l.opt.DeferEmbedded {
		syncSeeds = func(context.Context) error { return l.deferEmbedded() }
	}
	if err := syncSeeds(context.Background()); err != nil {
		return nil, err
	}
	return notice, nil
}

// check checks and migrates an open database. It returns ErrDamaged or
// ErrNewer (with SQLite's words) for a database to move aside, another
// error for one to give up on, or nil.
func (l *Library) check(db *sql.DB) (kind, cause error) {
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		return damagedOr(err), err
	}
	if v > len(migrations) {
		return ErrNewer, fmt.Errorf("schema version %d, this Zhibiao knows %d", v, len(migrations))
	}
	if v > 0 {
		// A cheap look at every table's root page: a file whose pages
		// are garbage fails here rather than later mid-import.
		var n int
		if err := db.QueryRow("SELECT count(*) FROM articles").Scan(&n); err != nil {
			return damagedOr(err), err
		}
	}
	for ; v < len(migrations); v++ {
		if err := migrate(db, v); err != nil {
			return damagedOr(err), err
		}
	}
	return nil, nil
}

func migrate(db *sql.DB, v int) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(migrations[v]); err != nil {
		return fmt.Errorf("migration %d: %w", v+1, err)
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// openReadOnly opens a library another process writes to. Its schema must
// be one this version knows; it is never migrated or moved from here.
func (l *Library) openReadOnly() (*Library, error) {
	l.readOnly = true
	db, err := connect(l.path(), true)
	if err != nil {
		return nil, err
	}
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		db.Close()
		return nil, fmt.Errorf("library %s: %w", l.path(), err)
	}
	if v != len(migrations) {
		db.Close()
		return nil, fmt.Errorf("library %s: %w (schema version %d, this Zhibiao knows %d)", l.path(), ErrLocked, v, len(migrations))
	}
	l.db = db
	return l, &OpenError{Kind: ErrLocked}
}

// moveAside renames the database and its WAL files to NAME.TIMESTAMP and
// returns the new name of the database.
func moveAside(path string, now time.Time) (string, error) {
	to := path + "." + now.UTC().Format("20060102T150405Z")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		err := os.Rename(path+suffix, to+suffix)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
	}
	return to, nil
}

// ReadOnly reports whether another process holds the library, so that
// this one only reads it.
func (l *Library) ReadOnly() bool { return l.readOnly }

// Dir returns the library's folder.
func (l *Library) Dir() string { return l.dir }

// Close closes the database and lets another process write.
func (l *Library) Close() error {
	var err error
	if l.db != nil {
		err = l.db.Close()
	}
	if l.lock != nil {
		l.lock.Close()
	}
	return err
}

// write runs f in one transaction, the only write in progress in this
// process.
func (l *Library) write(ctx context.Context, f func(tx *sql.Tx) error) error {
	if l.readOnly {
		return ErrReadOnly
	}
	l.writeMu.Lock()
	defer l.writeMu.Unlock()
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	return tx.Commit()
}

func (l *Library) now() string { return l.opt.Now().UTC().Format(time.RFC3339) }
