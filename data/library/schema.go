package library

import "strings"

// migrations are the schema's history, oldest first: the database's
// user_version counts how many have run, and Open runs the rest, each in one
// transaction with the version bump. Never edit a migration that has
// shipped; append a new one.
var migrations = []string{
	// 1: articles with their text, cached figures and the word index.
	`
CREATE TABLE articles (
	rowid       INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,    -- stable document id (see ids.go)
	embedded    INTEGER NOT NULL DEFAULT 0,
	path        TEXT NOT NULL DEFAULT '', -- source file; '' for embedded articles
	hash        TEXT NOT NULL,           -- sha256 of the file's bytes, hex
	size        INTEGER NOT NULL,        -- bytes of the text as imported
	title       TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '', -- 2024, 2024-01 or 2024-01-22
	year        INTEGER NOT NULL DEFAULT 0, -- the year reported on
	period      TEXT NOT NULL DEFAULT '', -- Q1, H1… of that year; '' for the whole
	region      TEXT NOT NULL DEFAULT '',
	region_code TEXT NOT NULL DEFAULT '',
	edits       TEXT NOT NULL DEFAULT '{}', -- the user's edits, JSON of Edits
	added       TEXT NOT NULL,           -- RFC 3339, UTC
	updated     TEXT NOT NULL,
	version     INTEGER NOT NULL DEFAULT 1, -- bumped by a re-import of a changed file
	removed     TEXT NOT NULL DEFAULT ''  -- when removed; '' while in the library
);
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_path ON articles(path);

-- The text as imported (UTF-8): every offset of a figure or a search hit
-- points into it. Apart from articles so that listing never reads it.
CREATE TABLE texts (
	article INTEGER PRIMARY KEY,
	raw     BLOB NOT NULL
);

-- Figures as the extractor of version extractor found them, JSON.
CREATE TABLE figures (
	article   INTEGER PRIMARY KEY,
	extractor TEXT NOT NULL,
	count     INTEGER NOT NULL,
	json      BLOB NOT NULL
);

-- One row per paragraph; its words are the row of the same rowid in
-- passage_words.
CREATE TABLE passages (
	rowid   INTEGER PRIMARY KEY,
	article INTEGER NOT NULL,
	para    INTEGER NOT NULL
);
CREATE INDEX passages_article ON passages(article);

-- The words of each paragraph as gse cuts them, space-joined: body for the
-- text, aside for captions and page furniture (weighed less, as search
-- does), part for the dictionary words inside longer words (生物医药 has
-- 医药), weighed as search weighs a match inside a word.
CREATE VIRTUAL TABLE passage_words USING fts5(
	body, aside, part,
	content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 0'
);

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
`,
	// 2: one row per cached figure, by name, kind and place, so that one
	// indicator across places and years (Compare) reads a few hundred
	// figures rather than those of every article. The figure's fields are
	// columns (its doc is the article's id): as JSON, their names made the
	// rows three times as big. SyncRows writes the rows of the figures
	// cached since (figures.rows = 0), in a few big transactions: written
	// with each file, scattered over the table's pages, they doubled the
	// time of an import.
	`
CREATE TABLE figure_rows (
	article      INTEGER NOT NULL,
	seq          INTEGER NOT NULL,  -- the figure's place in figures.json
	name         TEXT NOT NULL,     -- as written; callers group by figure.CanonicalName
	kind         TEXT NOT NULL,
	region_code  TEXT NOT NULL,
	start        INTEGER NOT NULL,
	stop         INTEGER NOT NULL,  -- the figure's end
	text         TEXT NOT NULL,
	value        REAL NOT NULL,
	unit         TEXT NOT NULL,
	norm_value   REAL NOT NULL,
	norm_unit    TEXT NOT NULL,
	region       TEXT NOT NULL,
	year         INTEGER,           -- NULL when the figure has none
	rank_scope   TEXT NOT NULL,
	period       TEXT NOT NULL,
	derived      INTEGER NOT NULL,
	derived_from TEXT NOT NULL,
	qualifier    TEXT NOT NULL,
	-- Kept in this order, the rows of one indicator, kind and place lie
	-- together: a query reads a few pages, not a page a row.
	PRIMARY KEY (name, kind, region_code, article, seq)
) WITHOUT ROWID;
CREATE INDEX figure_rows_article ON figure_rows(article);
ALTER TABLE figures ADD COLUMN rows INTEGER NOT NULL DEFAULT 0; -- 1 once its figure_rows are written
-- The articles whose rows are to write: found without reading every
-- article's figures (rows comes after the JSON, in its overflow pages).
CREATE INDEX figures_pending ON figures(article) WHERE rows = 0;

-- How many rows each name and kind has: SyncRows adds, a trigger takes
-- away, so that listing the indicators reads a few hundred rows rather
-- than counting them all.
CREATE TABLE figure_names (
	name    TEXT NOT NULL,
	kind    TEXT NOT NULL,
	figures INTEGER NOT NULL,
	PRIMARY KEY (name, kind)
) WITHOUT ROWID;
CREATE TRIGGER figure_rows_delete AFTER DELETE ON figure_rows BEGIN
	UPDATE figure_names SET figures = figures - 1 WHERE name = old.name AND kind = old.kind;
END;
`,
	// 3: a figure's minor flag (figure.Figure.Minor: a count of meetings
	// or list members). Minor figures are kept as rows, so that Named
	// gives every cached figure back, but not counted in figure_names: the
	// indicators offered are statistics. Rows written before are not
	// minor until their article is extracted again (figure.Version).
	`
ALTER TABLE figure_rows ADD COLUMN minor INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER figure_rows_delete;
CREATE TRIGGER figure_rows_delete AFTER DELETE ON figure_rows WHEN old.minor = 0 BEGIN
	UPDATE figure_names SET figures = figures - 1 WHERE name = old.name AND kind = old.kind;
END;
`,
}

// figureColumns are figure_rows' columns after article and seq, in the
// order putRows gives their values.
var figureColumns = []string{"name", "kind", "region_code", "start", "stop", "text", "value", "unit",
	"norm_value", "norm_unit", "region", "year", "rank_scope", "period", "derived", "derived_from", "qualifier", "minor"}

// figureRowsInsert begins the INSERT of putRows, its VALUES to follow.
func figureRowsInsert() string {
	return "INSERT INTO figure_rows(article, seq, " + strings.Join(figureColumns, ", ") + ") VALUES "
}
