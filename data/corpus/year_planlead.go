package corpus

import "regexp"

// planLead is a paragraph that opens with a year and says at once what
// someone will do in it: 2024年，大冶市将加快打造…, 2025年，我们将…. Closing
// a news report of a year's results, it is the plan for the next year, not
// the year the report's figures are of. 将近 (nearly) is no plan.
var planLead = regexp.MustCompile(`^\s*(?:19|20)\d{2}\s*年\s*[,，]\s*[^。，,；;：:]{0,12}?将[^近]`)

// opensWithPlan reports whether a paragraph opens with a year's plan.
func opensWithPlan(text string) bool {
	return planLead.MatchString(text)
}
