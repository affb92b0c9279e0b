package figure

import "strings"

// bracketPartLeads open a bracket that lists parts of the count before it
// (小学98所(含小学教学点28所); 现有职工689人(其中正式职工607人…)).
var bracketPartLeads = []string{"其中", "含", "包括"}

// bracketPart is the name written inside a bracket still open where the
// number stands, when the bracket opens right after the count before (s, the
// words since that count, starts with it): 幼儿园68所(民办12所) and 现有职工
// 689人(正式职工607人,招聘人员82人) count a part of that count, named by the
// words inside, not by what precedes the bracket. "" otherwise.
func bracketPart(s string) string {
	i, w := -1, 0
	for _, p := range []string{"（", "("} {
		if k := lastIndex(s, p); k > i {
			i, w = k, len(p)
		}
	}
	if i < 0 || strings.ContainsAny(s[i:], "）)") || trimSet(s[:i], " 　") != "" {
		return "" // 磷矿石(折含P2O5 30%): a bracket after a name specifies it
	}
	in, _ := trimPrefixes(s[i+w:], bracketPartLeads)
	in = trimLeftSet(in, ":：")
	if runeLen(in) < 2 || strings.ContainsAny(in, "，,；;、：:") {
		return ""
	}
	return in
}

// ownerParts are who runs a part of a count of institutions (幼儿园68所(民办
// 12所); 医院12家，其中民营5家): alone they name no thing counted.
var ownerParts = []string{"民办", "公办", "民营", "公立", "私立", "国有", "集体"}

// ownerPart: a count named only by its owner (民办12所) counts the things of
// the count just before it in the same unit: 民办幼儿园, not 民办.
func (c *naming) ownerPart() bool {
	if c.f.Kind != Count || !isAny(c.n, ownerParts) {
		return false
	}
	for k := len(c.x.out) - 1; k >= 0; k-- {
		g := &c.x.out[k]
		if g.Derived || g.Start >= c.q.Start {
			continue
		}
		if strings.ContainsAny(c.x.s[g.End:c.q.Start], "\n。") {
			return false
		}
		if g.Kind == Count && g.NormUnit == c.f.NormUnit && runeLen(g.Name) >= 2 && !hasPrefixAny(g.Name, ownerParts) {
			c.n += g.Name
			return true
		}
	}
	return false
}
