package app

func runWindow(std *stdio) int { return 0 }
