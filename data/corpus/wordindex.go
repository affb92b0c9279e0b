package corpus

import "github.com/zhibiao/zhibiao/data/hanzi"

// indexWord is hanzi.Index: Periods looks for two dozen phrases in every
// sentence that writes a 季, 月 or 半.
func indexWord(s, w string) int { return hanzi.Index(s, w) }
