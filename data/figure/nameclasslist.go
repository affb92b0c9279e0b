package figure

import "strings"

// classMembers splits a list of classes of goods whose members may list
// goods themselves (粮油食品类、日用品类和服装、鞋帽、针纺织品类): every
// member ends in 类, so the words before a 类 back to the last 类 are one
// member (服装、鞋帽、针纺织品类), not one member each. nil when the list is
// not such a list, or when no member holds more than one word. The last
// member may carry the head all share (…针纺织品类零售额).
func classMembers(s string) []string {
	if strings.Count(s, "类") < 2 {
		return nil
	}
	var out []string
	start, joined := 0, false
	for k, r := range s {
		if !strings.ContainsRune("、和及与", r) {
			continue
		}
		if strings.HasSuffix(s[:k], "类") {
			out = append(out, s[start:k])
			start = k + len(string(r))
		} else {
			joined = true
		}
	}
	if !strings.Contains(s[start:], "类") || !joined {
		return nil
	}
	return append(out, s[start:])
}
