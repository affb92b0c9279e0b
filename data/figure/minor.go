package figure

import "github.com/zhibiao/zhibiao/data/hanzi"

// markMinor sets Minor on the written counts of s that are administrative
// bookkeeping rather than statistics (minorwords.go). They stay in the
// output: the window hides them by default and the command line marks
// them, so that a reader who wants the 18 villages still finds them.
func markMinor(s string, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if f.Kind != Count || f.Derived {
			continue
		}
		f.Minor = isMinor(f, s)
	}
}

// isMinor tells whether count f of text s is minor. The clause is read
// only for a count whose unit a rule names: most counts are of 个 and 家.
func isMinor(f *Figure, s string) bool {
	if hasAny(f.Name, economicWords) {
		return false
	}
	if listNouns[f.Name] {
		return true
	}
	c, read := "", false
	for _, r := range minorRules {
		if !hasUnit(f.Unit, r.units) {
			continue
		}
		if !read {
			c, read = clauseAround(s, f.Start, f.End), true
		}
		if (hasAny(f.Name, r.words) || hasAny(c, r.words)) &&
			(r.with == nil || hasAny(f.Name, r.with) || hasAny(c, r.with)) {
			return true
		}
	}
	return false
}

// hasUnit tells whether the unit as written is one of units; a count of
// 190余人 is written with its qualifier beside the unit, not in it.
func hasUnit(unit string, units []string) bool {
	for _, u := range units {
		if unit == u {
			return true
		}
	}
	return false
}

func hasAny(s string, words []string) bool {
	return containsAny(s, words) // by each word's last byte: see index
}

// clauseAround returns the clause of s holding s[start:end], at most
// clauseReach bytes on each side, cut at whole characters.
func clauseAround(s string, start, end int) string {
	if start < 0 || end > len(s) || start > end {
		return ""
	}
	lo := start
	for lo > 0 && start-lo < clauseReach {
		r, n := hanzi.DecodeLastRune(s[:lo])
		if isClauseBreak(r) {
			break
		}
		lo -= n
	}
	hi := end
	for hi < len(s) && hi-end < clauseReach {
		r, n := hanzi.DecodeRune(s[hi:])
		if isClauseBreak(r) {
			break
		}
		hi += n
	}
	return s[lo:hi]
}
