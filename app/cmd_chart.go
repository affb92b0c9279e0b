package app

import "errors"

// Placeholder until charts land (issue 6).
func runChart(std *stdio, args []string) int {
	return failure(std, "chart", errors.New("not built yet"))
}
