package figure

import (
	"context"
	"sort"
	"strings"

	"github.com/zhibiao/zhibiao/data/hanzi"
)

// This file mends the names judgeName finds broken, once all the figures
// of an article are read. The figures of a scrambled chart or column are
// often written again in clean prose elsewhere in the article (7粮食总产达
// 新认定创新龙 42.4亿斤 in a chart, 粮食总产达42.4亿斤 in the text): a broken
// or missing name takes the name the article gives the same value, unit and
// kind, when the article gives it one name only and the text around the
// figure bears that name out. A rank takes the name of a figure just
// before it that the article ranks the same elsewhere. A broken name that
// finds none keeps its whole part, or none: never a fragment.

// valueKey is what two mentions of one figure share.
type valueKey struct {
	kind  Kind
	unit  string
	value float64
}

func keyOf(f Figure) valueKey { return valueKey{f.Kind, f.Unit, f.Value} }

// rename records a name mended, for the derived figures that copied it.
type rename struct {
	at       int
	old, new string
}

// mendNames replaces the broken names of x.out, which is in document order.
func (x *extractor) mendNames(ctx context.Context) error {
	vs := make([]verdict, len(x.out))
	wanted := map[valueKey]bool{} // the values of the names to mend
	prevStart := -1
	for k, f := range x.out {
		if k%checkEvery == 0 && ctx.Err() != nil {
			return ctx.Err() // a 10 MB article has tens of thousands of names to judge
		}
		if f.Derived {
			continue
		}
		vs[k] = x.judgeName(f, prevStart)
		prevStart = f.Start
		if vs[k].flaw != whole || f.Name == "" {
			wanted[keyOf(f)] = true
		}
	}
	if len(wanted) == 0 || ctx.Err() != nil {
		return ctx.Err()
	}
	donors, canon := x.donorIndex(vs, wanted)
	mended := make([]bool, len(x.out))
	var renames []rename
	// figures first, then ranks, which go by the figures beside them
	for _, ranks := range []bool{false, true} {
		for k, f := range x.out {
			if f.Derived || (f.Kind == Rank) != ranks || vs[k].flaw == whole && f.Name != "" {
				continue
			}
			d := -1
			if ranks {
				d = x.rankDonor(k, vs, mended, donors, canon)
			} else {
				d = x.donor(k, donors, canon)
			}
			if d < 0 {
				continue
			}
			g := &x.out[k]
			renames = append(renames, rename{g.Start, g.Name, x.out[d].Name})
			take(g, x.out[d])
			mended[k] = true
		}
	}
	for k := range x.out {
		if f := &x.out[k]; vs[k].flaw != whole && !mended[k] {
			renames = append(renames, rename{f.Start, f.Name, vs[k].honest})
			f.Name = vs[k].honest
		}
	}
	// a figure derived from a mended one carries its name
	sort.Slice(renames, func(i, j int) bool { return renames[i].at < renames[j].at })
	for k := range x.out {
		f := &x.out[k]
		if !f.Derived {
			continue
		}
		for j := sort.Search(len(renames), func(j int) bool { return renames[j].at >= f.Start }); j < len(renames) && renames[j].at < f.End; j++ {
			if f.Name == renames[j].old {
				f.Name = renames[j].new
				break
			}
		}
	}
	return nil
}

// take gives f the name of g, and g's year and region where f has none.
func take(f *Figure, g Figure) {
	f.Name = g.Name
	if f.Year == nil && g.Year != nil {
		y := *g.Year
		f.Year = &y
	}
	if f.Region == "" {
		f.Region = g.Region
	}
}

// donorIndex lists the figures whose names are whole by their value, for
// the values wanted: the first figure of each name (and rank scope), in
// order. canon holds the canonical form of each name.
func (x *extractor) donorIndex(vs []verdict, wanted map[valueKey]bool) (map[valueKey][]int, map[string]string) {
	donors := map[valueKey][]int{}
	canon := map[string]string{}
	for k, f := range x.out {
		if f.Derived || f.Name == "" || vs[k].flaw != whole {
			continue
		}
		key := keyOf(f)
		if !wanted[key] {
			continue
		}
		if _, ok := canon[f.Name]; !ok {
			canon[f.Name] = CanonicalName(f.Name)
		}
		dup := false
		for _, d := range donors[key] {
			if g := x.out[d]; g.Name == f.Name && g.RankScope == f.RankScope {
				dup = true
				break
			}
		}
		if !dup {
			donors[key] = append(donors[key], k)
		}
	}
	return donors, canon
}

// donor returns the figure whose name figure k (broken or unnamed) takes,
// or -1: of the figures written elsewhere with the same value, unit and
// kind and a whole name, the one with the longest name, when no two of
// them name different things (a name inside another, 企业 in 新认定创新龙头
// 企业, is the same thing said less precisely) and the text around figure
// k bears it out.
func (x *extractor) donor(k int, donors map[valueKey][]int, canon map[string]string) int {
	f := x.out[k]
	ds := donors[keyOf(f)]
	if len(ds) == 0 || conflicting(ds, x.out, canon) {
		return -1
	}
	names := make([]int, len(ds))
	copy(names, ds)
	sort.SliceStable(names, func(i, j int) bool { return len(x.out[names[i]].Name) > len(x.out[names[j]].Name) })
	for _, d := range names {
		if x.bearsOut(f, x.out[d].Name) {
			return d
		}
	}
	return -1
}

// conflicting reports whether two of the figures ds name different things:
// neither name holds the other.
func conflicting(ds []int, out []Figure, canon map[string]string) bool {
	for i := range ds {
		a := canon[out[ds[i]].Name]
		for j := i + 1; j < len(ds); j++ {
			b := canon[out[ds[j]].Name]
			if !strings.Contains(a, b) && !strings.Contains(b, a) {
				return true
			}
		}
	}
	return false
}

// bearsOut reports whether the text around figure f supports giving it
// name n: its broken name is part of n (头企业 of 新认定创新龙头企业); or n is
// written on f's line before it (7粮食总产达 新认定创新龙 42.4亿斤); or,
// f having no name, the fragment written before it ends n (资增长8.3%: 固定
// 资产投资).
func (x *extractor) bearsOut(f Figure, n string) bool {
	if f.Name == "" {
		frag := x.fragmentBefore(f)
		return frag != "" && strings.HasSuffix(n, frag)
	}
	if runeLen(f.Name) >= 2 && strings.Contains(n, f.Name) {
		return true
	}
	lo := runeStart(x.s, max(0, f.Start-nameReach))
	if j := lastIndexByte(x.s[lo:f.Start], '\n'); j >= 0 {
		lo += j + 1
	}
	rs := []rune(n)
	got, _ := x.longestWritten(rs, lo, f.Start, f.Start, f.End)
	return got == len(rs)
}

// fragmentBefore is what is written right before a figure in its clause
// and its column's line, without the verbs and comparison that link it to
// the number: 资 of 资增长8.3%.
func (x *extractor) fragmentBefore(f Figure) string {
	ss, _ := x.l.sentence(f.Start)
	t := x.s[clauseStart(x.s, ss, f.Start):f.Start]
	t = strings.TrimRightFunc(t, hanzi.IsBlank)
	for k := len(t); k > 0; {
		r, sz := hanzi.DecodeLastRune(t[:k])
		if hanzi.IsBlank(r) {
			t = t[k:]
			break
		}
		k -= sz
	}
	t = stripLinks(t)
	if k := comparisonAt(t); k >= 0 {
		t = stripLinks(t[:k])
	}
	return t
}

// rankDonor returns the figure whose name rank k (broken or unnamed) takes,
// or -1: the rank of the same value written elsewhere under the name of
// one of the three figures just before k on its line, when that is one
// name (全省第5 after 头企业 10 家: 新认定创新龙头企业10家,全省第5).
func (x *extractor) rankDonor(k int, vs []verdict, mended []bool, donors map[valueKey][]int, canon map[string]string) int {
	f := x.out[k]
	var found []int
	seen := 0
	for j := k - 1; j >= 0 && seen < 3; j-- {
		g := x.out[j]
		if g.Derived || g.Kind == Rank {
			continue
		}
		if g.End > f.Start || strings.Contains(x.s[g.End:f.Start], "\n") {
			break
		}
		seen++
		if g.Name == "" || vs[j].flaw != whole && !mended[j] {
			continue
		}
		c, ok := canon[g.Name]
		if !ok {
			c = CanonicalName(g.Name)
			canon[g.Name] = c
		}
		for _, d := range donors[keyOf(f)] {
			h := x.out[d]
			if canon[h.Name] != c || h.RankScope != "" && f.RankScope != "" && h.RankScope != f.RankScope {
				continue
			}
			found = append(found, d)
			break
		}
	}
	if len(found) == 0 || conflicting(found, x.out, canon) {
		return -1
	}
	best := found[0]
	for _, d := range found {
		if len(x.out[d].Name) > len(x.out[best].Name) {
			best = d
		}
	}
	return best
}
