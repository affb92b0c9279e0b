package figure

import (
	"strings"
	"testing"
)

// TestZoneSelfCore: zoneRefs passes over a window without zoneSelfCore,
// which is right only while every zone self word holds it.
func TestZoneSelfCore(t *testing.T) {
	for _, w := range zoneSelfWords {
		if !strings.Contains(w, zoneSelfCore) {
			t.Errorf("%q does not hold %q", w, zoneSelfCore)
		}
	}
}
