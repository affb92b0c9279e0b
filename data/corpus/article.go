// Package corpus turns raw article bytes into articles: metadata (title,
// date, source, region) and paragraphs whose byte spans point back into the
// original bytes, so that every later finding maps to its exact place.
package corpus

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// Article is one document of the library. Raw holds the bytes every offset
// refers to: the file as shipped or, for a file that was not UTF-8, its UTF-8
// decoding.
type Article struct {
	ID       string // the file name
	Title    string
	Subtitle string
	Date     Date
	Source   string
	Region   string // the region the article is about, e.g. 马村区
	// RegionCode is Region's GB/T 2260 code (410804), or its host
	// division's for a zone; empty when unknown or ambiguous.
	RegionCode string
	City       string // the city that region belongs to, e.g. 焦作市
	// Year is the year the article reports on when it says nothing more
	// precise: an annual review published in February 2024 describes 2023.
	Year int
	// Period is the part of Year the whole article covers (Q1, H1, Q1-Q3,
	// M1-M5), from its title; empty for a year or when unknown.
	Period string
	// Sections are the parts of a report that say which year they are
	// about (一、2023年工作回顾; 二、2024年工作安排), in order.
	Sections   []Section
	Paragraphs []Paragraph
	Raw        []byte
	Note       string // editorial note on where the metadata comes from
	// Replaced counts the characters of the file that could not be
	// decoded and are U+FFFD in Raw; the reader is told.
	Replaced int
	// Basis is what the library that loaded the article read its
	// metadata from (the file's hash and the user's edits): figures found
	// in it are kept only while that is still in force, so an extraction
	// under way when the user edits the article cannot put back figures
	// of the old region or year. Empty for an article no library loaded.
	Basis string
	// conv is how the text's traditional characters, if any, are
	// simplified for the readers of words: see Simplified.
	conv hanzi.Conversion
	// simple is the simplified view Parse read, and simpleOf the Raw it
	// was made from: Simplified hands it out again instead of converting
	// the whole text once more for each reader (Parse's furniture, the
	// extractor), a twentieth of Extract on a traditional 6 MB text.
	simple   string
	simpleOf []byte
	// dateYear is Year when only the date told it (a news item of
	// 2023-04-21 about the year before), else 0: see YearOf.
	dateYear int
	// dateTold is set when Date is no written date but the year the text
	// plans (news of a work report: 2023年…主要预期目标 → given in 2023).
	dateTold bool
}

// Text returns the original bytes as a string.
func (a *Article) Text() string { return string(a.Raw) }

// ParagraphAt returns the index of the paragraph holding byte offset off, or
// the nearest paragraph after it, or -1 when off lies past the last one.
func (a *Article) ParagraphAt(off int) int {
	i := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > off })
	if i == len(a.Paragraphs) {
		return -1
	}
	return i
}

// Date is a publication date as precise as the text states it: Month and Day
// are zero when unknown, and a zero Year means no date at all.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats the date as 2024-02-05, 2020-12 or 2020, or "" when unknown.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before orders dates, unknown ones first.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// ParseDate reads 2024-02-05, 2020-12, 2020 or 2024年2月5日.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if m := cnDate.FindStringSubmatch(s); m != nil {
		return dateFromParts(m[1], m[2], m[3]), nil
	}
	if m := isoDate.FindStringSubmatch(s); m != nil && m[0] == s {
		return dateFromParts(m[1], m[2], m[3]), nil
	}
	return Date{}, fmt.Errorf("parse date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// Kind says how a paragraph reads, so the reader can set it accordingly.
type Kind int

const (
	Body    Kind = iota
	Heading      // a short line or two with no closing punctuation
	Caption      // a photo caption or credit (… 摄)
	// Furniture is what a page prints before the article proper: navigation,
	// masthead, the date and source line, the headline the reader already
	// shows as the title. It is kept, faithfully, but set quietly.
	Furniture
)

// Paragraph is one block of text. Start and End are byte offsets into the
// article's Raw bytes. Text is what the reader shows: the block's lines
// joined, with each line's indentation dropped. Offsets maps every byte of
// Text back to its byte in Raw, so highlights found in Text land on the
// original bytes and the other way round.
type Paragraph struct {
	Start, End int
	Kind       Kind
	Text       string
	offsets    []int32 // len(Text)+1 entries; the last is End
}

// RawOffset maps a byte offset in p.Text to the article's raw bytes.
func (p *Paragraph) RawOffset(i int) int {
	if i <= 0 {
		return int(p.offsets[0])
	}
	if i >= len(p.offsets) {
		return p.End
	}
	return int(p.offsets[i])
}

// TextOffset maps a raw byte offset to the first byte of p.Text at or after
// it, clamped to the paragraph.
func (p *Paragraph) TextOffset(raw int) int {
	return sort.Search(len(p.offsets)-1, func(i int) bool { return int(p.offsets[i]) >= raw })
}

// DateWritten reports whether Date is a date the text writes (a dateline,
// a page date), not a year read from what a speech plans.
func (a *Article) DateWritten() bool {
	return !a.Date.IsZero() && !a.dateTold
}
