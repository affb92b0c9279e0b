package figure

// This file mends the names judgeName finds broken, once all the figures
// of an article are read: a broken name keeps its whole part, or none;
// never a fragment.

// rename records a name mended, for the derived figures that copied it.
type rename struct {
	at       int
	old, new string
}

// mendNames replaces the broken names of x.out, which is in document order.
func (x *extractor) mendNames() {
	var renames []rename
	prevStart := -1
	for k, f := range x.out {
		if f.Derived {
			continue
		}
		v := x.judgeName(f, prevStart)
		prevStart = f.Start
		if v.flaw != whole {
			renames = append(renames, rename{f.Start, f.Name, v.honest})
			x.out[k].Name = v.honest
		}
	}
	if len(renames) == 0 {
		return
	}
	// a figure derived from a mended one carries its name
	for k := range x.out {
		f := &x.out[k]
		if !f.Derived {
			continue
		}
		for _, r := range renames {
			if r.at >= f.Start && r.at < f.End && f.Name == r.old {
				f.Name = r.new
				break
			}
		}
	}
}
