package chart

import "strings"

// canonicalName stands in for figure.CanonicalName until the extractor
// lands it; remove then.
func canonicalName(name string) string {
	s := strings.Join(strings.Fields(name), "")
	return strings.Replace(s, "规模以上", "规上", 1)
}
