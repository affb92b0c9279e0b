package app

import "errors"

// Placeholders until the text tools land (issue 4).
func runKeywords(std *stdio, args []string) int {
	return failure(std, "keywords", errors.New("not built yet"))
}

func runSearch(std *stdio, args []string) int {
	return failure(std, "search", errors.New("not built yet"))
}
