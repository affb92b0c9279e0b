// Package seeds carries the articles Zhibiao ships with, byte for byte as
// they were collected. A document's id is its file name.
package seeds

import "embed"

// FS holds the shipped articles (*.txt) and catalog.json, the editorial
// metadata for what the texts themselves do not state reliably.
//
//go:embed *.txt catalog.json
var FS embed.FS
