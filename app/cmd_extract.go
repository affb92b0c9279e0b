package app

import "errors"

// Placeholders until the figure extractor lands (issue 3).
func runExtract(std *stdio, args []string) int {
	return failure(std, "extract", errors.New("not built yet"))
}

func runQuantities(std *stdio, args []string) int {
	return failure(std, "quantities", errors.New("not built yet"))
}
