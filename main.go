// Zhibiao (指标) is a desktop reader for Chinese economic reports: an article
// beside every statistic in it, extracted, labelled and charted.
package main

import (
	"os"

	"github.com/zhibiao/zhibiao/app"
	_ "github.com/zhibiao/zhibiao/app/clocale" // before Fyne: see its doc
)

func main() {
	os.Exit(app.Main(os.Args[1:]))
}
